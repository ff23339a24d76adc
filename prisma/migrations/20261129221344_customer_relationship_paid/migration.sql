-- AlterTable
ALTER TABLE "CustomerRelationship" ADD COLUMN     "paid" BOOLEAN NOT NULL DEFAULT true;
