-- AlterTable
ALTER TABLE "CampaignRecipient" ADD COLUMN     "openedAt" TIMESTAMPTZ(3),
ADD COLUMN     "tracking" TEXT;

-- AlterTable
ALTER TABLE "OrganisationSettings" ADD COLUMN     "openTrackingEnabled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "openTrackingJustification" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "openTrackingPurposeId" UUID;
