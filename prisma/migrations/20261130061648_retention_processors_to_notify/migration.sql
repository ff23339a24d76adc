-- AlterTable
ALTER TABLE "RetentionProposal" ADD COLUMN     "processorsToNotify" JSONB NOT NULL DEFAULT '[]';
