-- CreateEnum
CREATE TYPE "ConsentEvidenceEventKind" AS ENUM ('confirmation_sent', 'confirmed', 'declined');

-- AlterTable
ALTER TABLE "ConsentRecord" ADD COLUMN     "noticeInferred" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "DataSubjectRequest" ADD COLUMN     "replyChannel" TEXT;

-- AlterTable
ALTER TABLE "OrganisationSettings" ADD COLUMN     "weakConsentUsable" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "ConsentEvidenceEvent" (
    "id" UUID NOT NULL,
    "consentRecordId" UUID NOT NULL,
    "kind" "ConsentEvidenceEventKind" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "emailAddressId" UUID,
    "outboxMessageId" UUID,
    "ip" TEXT,
    "userAgent" TEXT,
    "recordedById" UUID,

    CONSTRAINT "ConsentEvidenceEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConsentEvidenceEvent_consentRecordId_kind_idx" ON "ConsentEvidenceEvent"("consentRecordId", "kind");

-- AddForeignKey
ALTER TABLE "ConsentEvidenceEvent" ADD CONSTRAINT "ConsentEvidenceEvent_consentRecordId_fkey" FOREIGN KEY ("consentRecordId") REFERENCES "ConsentRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: evidence added later is as append-only as the record it strengthens (AVG art. 7
-- lid 1); only an erasure (art. 17) deletes it, through the same session flag.
CREATE TRIGGER "ConsentEvidenceEvent_append_only" BEFORE UPDATE OR DELETE ON "ConsentEvidenceEvent"
  FOR EACH ROW EXECUTE FUNCTION grondslag_forbid_consent_change();
