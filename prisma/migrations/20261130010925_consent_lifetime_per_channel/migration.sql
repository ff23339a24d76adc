-- AlterTable
ALTER TABLE "OrganisationSettings" ADD COLUMN     "emailConsentLifetimeDays" INTEGER,
ADD COLUMN     "phoneFirstCallMonths" INTEGER DEFAULT 6,
ADD COLUMN     "postConsentLifetimeDays" INTEGER,
ADD COLUMN     "smsConsentLifetimeDays" INTEGER;

-- AlterTable
ALTER TABLE "Purpose" ADD COLUMN     "firstCallMonths" INTEGER;
