-- CreateEnum
CREATE TYPE "NoticeKind" AS ENUM ('art14');

-- CreateEnum
CREATE TYPE "NoticeRecordedVia" AS ENUM ('user', 'api_key', 'campaign', 'call_list', 'mailing_export');

-- AlterTable
ALTER TABLE "CampaignRecipient" ADD COLUMN     "obligations" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "language" TEXT;

-- AlterTable
ALTER TABLE "OrganisationSettings" ADD COLUMN     "art14NoticeEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "art14NoticeNl" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ContactNotice" (
    "id" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "kind" "NoticeKind" NOT NULL,
    "channel" "Channel" NOT NULL,
    "givenAt" TIMESTAMPTZ(3) NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedVia" "NoticeRecordedVia" NOT NULL,
    "recordedById" UUID,
    "apiKeyId" UUID,
    "campaignId" UUID,
    "callLogId" UUID,
    "text" TEXT,

    CONSTRAINT "ContactNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContactNotice_contactId_kind_idx" ON "ContactNotice"("contactId", "kind");

-- AddForeignKey
ALTER TABLE "ContactNotice" ADD CONSTRAINT "ContactNotice_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a notice given is evidence that the information duty of AVG art. 14 was met (art. 5
-- lid 2). It is never edited; it is deleted only when the person is erased (art. 17), in the erasure
-- service's own transaction, which sets `grondslag.erasure`.
CREATE FUNCTION grondslag_forbid_notice_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('grondslag.erasure', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% on % is not allowed: notices given are append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER "ContactNotice_append_only" BEFORE UPDATE OR DELETE ON "ContactNotice"
  FOR EACH ROW EXECUTE FUNCTION grondslag_forbid_notice_change();
