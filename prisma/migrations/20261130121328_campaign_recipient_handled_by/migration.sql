-- AlterTable
ALTER TABLE "CampaignRecipient" ADD COLUMN     "handledBy" TEXT;
