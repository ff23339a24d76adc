-- CreateEnum
CREATE TYPE "OrganisationSector" AS ENUM ('other', 'charity', 'charity_lottery', 'press_publisher');

-- AlterTable
ALTER TABLE "CallLog" ADD COLUMN     "ruleSetVersion" TEXT;

-- AlterTable
ALTER TABLE "CampaignRecipient" ADD COLUMN     "ruleSetVersion" TEXT;

-- AlterTable
ALTER TABLE "OrganisationSettings" ADD COLUMN     "sector" "OrganisationSector" NOT NULL DEFAULT 'other';
