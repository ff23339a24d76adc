-- AlterEnum
ALTER TYPE "CampaignStatus" ADD VALUE 'scheduled';

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "format" TEXT NOT NULL DEFAULT 'text',
ADD COLUMN     "ratePerMinute" INTEGER,
ADD COLUMN     "scheduledFor" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "CampaignRecipient" ADD COLUMN     "bounce" TEXT;

-- AlterTable
ALTER TABLE "EmailAddress" ADD COLUMN     "undeliverableAt" TIMESTAMPTZ(3),
ADD COLUMN     "undeliverableReason" TEXT;

-- AlterTable
ALTER TABLE "OrganisationSettings" ADD COLUMN     "campaignRatePerMinute" INTEGER NOT NULL DEFAULT 600,
ADD COLUMN     "mailAccentColor" TEXT NOT NULL DEFAULT '#1d4ed8',
ADD COLUMN     "mailLogo" BYTEA,
ADD COLUMN     "mailLogoType" TEXT;
