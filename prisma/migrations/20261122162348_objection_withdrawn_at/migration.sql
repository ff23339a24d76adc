-- AlterTable
ALTER TABLE "Objection" ADD COLUMN     "withdrawnAt" TIMESTAMPTZ(3);
