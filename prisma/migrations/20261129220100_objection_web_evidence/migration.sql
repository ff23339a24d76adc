-- AlterTable
ALTER TABLE "Objection" ADD COLUMN     "ip" TEXT,
ADD COLUMN     "userAgent" TEXT;
