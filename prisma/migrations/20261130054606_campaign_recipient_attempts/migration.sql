-- AlterTable
ALTER TABLE "CampaignRecipient" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0;
