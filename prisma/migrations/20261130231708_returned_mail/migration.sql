-- AlterEnum
ALTER TYPE "ConsentMethod" ADD VALUE 'spam_complaint';

-- AlterTable
ALTER TABLE "CampaignRecipient" ADD COLUMN     "complainedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "OrganisationSettings" ADD COLUMN     "returnPathAddress" TEXT NOT NULL DEFAULT '';

-- On a sent recipient, "bounce" now means what a later bounce report said. A deferral before a
-- successful hand-over used to stay on the row; it is history (the attempts count keeps it).
UPDATE "CampaignRecipient" SET "bounce" = NULL WHERE "status" = 'sent' AND "bounce" = 'soft';
