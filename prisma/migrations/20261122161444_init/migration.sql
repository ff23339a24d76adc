-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'privacy_officer', 'marketer', 'sales');

-- CreateEnum
CREATE TYPE "LegalForm" AS ENUM ('bv', 'nv', 'stichting', 'vereniging', 'cooperatie', 'eenmanszaak', 'vof', 'maatschap', 'other', 'none');

-- CreateEnum
CREATE TYPE "SourceType" AS ENUM ('business_card', 'event', 'web_form', 'public_source', 'purchased_list', 'referral', 'customer', 'manual', 'import');

-- CreateEnum
CREATE TYPE "EmailKind" AS ENUM ('personal', 'generic', 'designated_commercial');

-- CreateEnum
CREATE TYPE "PhoneKind" AS ENUM ('general', 'direct', 'mobile');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('email', 'sms', 'phone', 'post');

-- CreateEnum
CREATE TYPE "ConsentAction" AS ENUM ('granted', 'withdrawn');

-- CreateEnum
CREATE TYPE "ConsentMethod" AS ENUM ('web_form', 'double_opt_in', 'verbal_in_person', 'verbal_phone', 'business_card', 'email_reply', 'paper_form', 'unsubscribe_link', 'preference_centre', 'staff_recorded');

-- CreateEnum
CREATE TYPE "LegalBasis" AS ENUM ('consent', 'contract', 'legal_obligation', 'legitimate_interest');

-- CreateEnum
CREATE TYPE "ObjectionScope" AS ENUM ('direct_marketing', 'profiling');

-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('draft', 'queued', 'sending', 'sent', 'failed');

-- CreateEnum
CREATE TYPE "RecipientStatus" AS ENUM ('pending', 'sent', 'blocked', 'failed');

-- CreateEnum
CREATE TYPE "RequestType" AS ENUM ('access', 'portability', 'erasure', 'rectification', 'restriction', 'objection');

-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('received', 'verified', 'executed', 'closed', 'rejected');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "locale" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "deactivatedAt" TIMESTAMPTZ(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "seq" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "actorType" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "requestId" TEXT,
    "ip" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "OrganisationSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "organisationName" TEXT NOT NULL DEFAULT '',
    "controllerEmail" TEXT NOT NULL DEFAULT '',
    "controllerAddress" TEXT NOT NULL DEFAULT '',
    "controllerPhone" TEXT NOT NULL DEFAULT '',
    "privacyPolicyUrl" TEXT NOT NULL DEFAULT '',
    "consentLifetimeDays" INTEGER,
    "customerExceptionMonthsAfterEnd" INTEGER NOT NULL DEFAULT 24,
    "oneTimeBuyerExceptionMonths" INTEGER,
    "formerCustomerCallMonths" INTEGER NOT NULL DEFAULT 36,
    "postalLegitimateInterest" BOOLEAN NOT NULL DEFAULT true,
    "retentionMonthsWithoutBasis" INTEGER NOT NULL DEFAULT 24,
    "suppressionSalt" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OrganisationSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsedToken" (
    "jti" TEXT NOT NULL,
    "usedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UsedToken_pkey" PRIMARY KEY ("jti")
);

-- CreateTable
CREATE TABLE "Company" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "legalForm" "LegalForm" NOT NULL,
    "kvkNumber" TEXT,
    "website" TEXT,
    "generalPhone" TEXT,
    "generalEmail" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" UUID NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "jobTitle" TEXT,
    "companyId" UUID,
    "notes" TEXT,
    "sourceType" "SourceType" NOT NULL,
    "sourceDetail" TEXT,
    "collectedAt" TIMESTAMPTZ(3) NOT NULL,
    "collectedById" UUID,
    "publishedForPurpose" TEXT,
    "searchName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailAddress" (
    "id" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "address" TEXT NOT NULL,
    "normalised" TEXT NOT NULL,
    "kind" "EmailKind" NOT NULL,
    "designationWhere" TEXT,
    "designationSeenAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailAddress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PhoneNumber" (
    "id" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "e164" TEXT NOT NULL,
    "kind" "PhoneKind" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PhoneNumber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostalAddress" (
    "id" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "street" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "country" TEXT NOT NULL DEFAULT 'NL',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostalAddress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactNote" (
    "id" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuppressionEntry" (
    "id" UUID NOT NULL,
    "hash" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "requestId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuppressionEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Purpose" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "nameNl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "directMarketing" BOOLEAN NOT NULL,
    "channels" "Channel"[],
    "dpvPurpose" TEXT NOT NULL DEFAULT 'dpv:DirectMarketing',
    "similarProductsOnly" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "currentVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Purpose_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PurposeNotice" (
    "id" UUID NOT NULL,
    "purposeId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "textNl" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "PurposeNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentRecord" (
    "id" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "purposeId" UUID NOT NULL,
    "noticeId" UUID,
    "channels" "Channel"[],
    "action" "ConsentAction" NOT NULL,
    "method" "ConsentMethod" NOT NULL,
    "effectiveAt" TIMESTAMPTZ(3) NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" UUID,
    "recordedVia" TEXT NOT NULL DEFAULT 'ui',
    "location" TEXT,
    "statement" TEXT,
    "grantorName" TEXT,
    "grantorRole" TEXT,
    "grantorAuthority" TEXT,
    "ip" TEXT,
    "userAgent" TEXT,
    "formVersion" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "confirmationIp" TEXT,
    "confirmationUserAgent" TEXT,
    "correctsId" UUID,
    "correctionReason" TEXT,
    "invalidates" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ConsentRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentAttachment" (
    "id" UUID NOT NULL,
    "consentRecordId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalBasisRecord" (
    "id" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "purposeId" UUID NOT NULL,
    "basis" "LegalBasis" NOT NULL,
    "balancingNote" TEXT,
    "since" TIMESTAMPTZ(3) NOT NULL,
    "until" TIMESTAMPTZ(3),
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LegalBasisRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerRelationship" (
    "id" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL,
    "until" TIMESTAMPTZ(3),
    "products" TEXT[],
    "kind" TEXT NOT NULL DEFAULT 'ongoing',
    "optOutOfferedAtCollection" BOOLEAN NOT NULL,
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerRelationship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Objection" (
    "id" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "scope" "ObjectionScope" NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "receivedVia" TEXT NOT NULL,
    "recordedById" UUID,
    "requestId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Objection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Restriction" (
    "id" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "setAt" TIMESTAMPTZ(3) NOT NULL,
    "setById" UUID,
    "liftedAt" TIMESTAMPTZ(3),
    "liftReason" TEXT,
    "liftedById" UUID,
    "requestId" UUID,

    CONSTRAINT "Restriction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelOptOut" (
    "id" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "via" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChannelOptOut_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "channel" "Channel" NOT NULL DEFAULT 'email',
    "purposeId" UUID NOT NULL,
    "commercial" BOOLEAN NOT NULL DEFAULT true,
    "subject" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "audience" JSONB NOT NULL DEFAULT '{}',
    "status" "CampaignStatus" NOT NULL DEFAULT 'draft',
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "queuedAt" TIMESTAMPTZ(3),
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "lockedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignRecipient" (
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "contactPointId" UUID,
    "toAddress" TEXT,
    "status" "RecipientStatus" NOT NULL DEFAULT 'pending',
    "decision" TEXT,
    "rule" TEXT,
    "citation" TEXT,
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "decidedAt" TIMESTAMPTZ(3),
    "sentAt" TIMESTAMPTZ(3),
    "messageId" TEXT,
    "error" TEXT,

    CONSTRAINT "CampaignRecipient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" UUID NOT NULL,
    "recipientId" UUID,
    "contactId" UUID,
    "toAddress" TEXT NOT NULL,
    "fromAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "headers" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CallLog" (
    "id" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "phoneNumberId" UUID,
    "purposeId" UUID,
    "outcome" TEXT NOT NULL,
    "notes" TEXT,
    "rule" TEXT,
    "citation" TEXT,
    "calledById" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CallLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataSubjectRequest" (
    "id" UUID NOT NULL,
    "type" "RequestType" NOT NULL,
    "status" "RequestStatus" NOT NULL DEFAULT 'received',
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "channel" TEXT NOT NULL,
    "requesterName" TEXT,
    "requesterEmail" TEXT,
    "requesterPhone" TEXT,
    "requesterDetails" TEXT,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "extensionMonths" INTEGER NOT NULL DEFAULT 0,
    "extensionReason" TEXT,
    "extendedAt" TIMESTAMPTZ(3),
    "verifiedAt" TIMESTAMPTZ(3),
    "verificationMethod" TEXT,
    "verifiedById" UUID,
    "executedAt" TIMESTAMPTZ(3),
    "executedById" UUID,
    "executionSummary" JSONB,
    "responseText" TEXT,
    "responseSentVia" TEXT,
    "responseSentAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DataSubjectRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestContact" (
    "requestId" UUID NOT NULL,
    "contactId" UUID NOT NULL,

    CONSTRAINT "RequestContact_pkey" PRIMARY KEY ("requestId","contactId")
);

-- CreateTable
CREATE TABLE "Processor" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "agreementSignedAt" TIMESTAMPTZ(3),
    "receivesContactData" BOOLEAN NOT NULL DEFAULT true,
    "contactEmail" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Processor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "scopes" TEXT[],
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "WebhookEndpoint" (
    "id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "events" TEXT[],
    "secret" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" UUID NOT NULL,
    "endpointId" UUID NOT NULL,
    "event" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastStatusCode" INTEGER,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMPTZ(3),

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_at_idx" ON "SignInAttempt"("email", "at");

-- CreateIndex
CREATE INDEX "SignInAttempt_ip_at_idx" ON "SignInAttempt"("ip", "at");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_targetType_targetId_idx" ON "AuditEvent"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");

-- CreateIndex
CREATE INDEX "Company_name_idx" ON "Company"("name");

-- CreateIndex
CREATE INDEX "Contact_lastName_id_idx" ON "Contact"("lastName", "id");

-- CreateIndex
CREATE INDEX "Contact_createdAt_id_idx" ON "Contact"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Contact_companyId_idx" ON "Contact"("companyId");

-- CreateIndex
CREATE INDEX "Contact_sourceType_idx" ON "Contact"("sourceType");

-- CreateIndex
CREATE INDEX "Contact_searchName_prefix_idx" ON "Contact"("searchName" text_pattern_ops);

-- CreateIndex
CREATE INDEX "EmailAddress_normalised_prefix_idx" ON "EmailAddress"("normalised" text_pattern_ops);

-- CreateIndex
CREATE INDEX "EmailAddress_contactId_idx" ON "EmailAddress"("contactId");

-- CreateIndex
CREATE INDEX "PhoneNumber_e164_prefix_idx" ON "PhoneNumber"("e164" text_pattern_ops);

-- CreateIndex
CREATE INDEX "PhoneNumber_contactId_idx" ON "PhoneNumber"("contactId");

-- CreateIndex
CREATE INDEX "PostalAddress_contactId_idx" ON "PostalAddress"("contactId");

-- CreateIndex
CREATE INDEX "ContactNote_contactId_idx" ON "ContactNote"("contactId");

-- CreateIndex
CREATE UNIQUE INDEX "SuppressionEntry_hash_key" ON "SuppressionEntry"("hash");

-- CreateIndex
CREATE UNIQUE INDEX "Purpose_key_key" ON "Purpose"("key");

-- CreateIndex
CREATE UNIQUE INDEX "PurposeNotice_purposeId_version_key" ON "PurposeNotice"("purposeId", "version");

-- CreateIndex
CREATE INDEX "ConsentRecord_contactId_purposeId_effectiveAt_idx" ON "ConsentRecord"("contactId", "purposeId", "effectiveAt");

-- CreateIndex
CREATE INDEX "ConsentRecord_purposeId_action_idx" ON "ConsentRecord"("purposeId", "action");

-- CreateIndex
CREATE INDEX "ConsentAttachment_consentRecordId_idx" ON "ConsentAttachment"("consentRecordId");

-- CreateIndex
CREATE INDEX "LegalBasisRecord_contactId_purposeId_idx" ON "LegalBasisRecord"("contactId", "purposeId");

-- CreateIndex
CREATE INDEX "CustomerRelationship_contactId_idx" ON "CustomerRelationship"("contactId");

-- CreateIndex
CREATE INDEX "Objection_contactId_idx" ON "Objection"("contactId");

-- CreateIndex
CREATE INDEX "Restriction_contactId_idx" ON "Restriction"("contactId");

-- CreateIndex
CREATE INDEX "ChannelOptOut_contactId_idx" ON "ChannelOptOut"("contactId");

-- CreateIndex
CREATE INDEX "CampaignRecipient_campaignId_status_idx" ON "CampaignRecipient"("campaignId", "status");

-- CreateIndex
CREATE INDEX "CampaignRecipient_contactId_idx" ON "CampaignRecipient"("contactId");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignRecipient_campaignId_contactId_key" ON "CampaignRecipient"("campaignId", "contactId");

-- CreateIndex
CREATE INDEX "OutboxMessage_contactId_idx" ON "OutboxMessage"("contactId");

-- CreateIndex
CREATE INDEX "CallLog_contactId_idx" ON "CallLog"("contactId");

-- CreateIndex
CREATE INDEX "DataSubjectRequest_status_dueAt_idx" ON "DataSubjectRequest"("status", "dueAt");

-- CreateIndex
CREATE INDEX "RequestContact_contactId_idx" ON "RequestContact"("contactId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_nextAttemptAt_idx" ON "WebhookDelivery"("status", "nextAttemptAt");

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailAddress" ADD CONSTRAINT "EmailAddress_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhoneNumber" ADD CONSTRAINT "PhoneNumber_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostalAddress" ADD CONSTRAINT "PostalAddress_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactNote" ADD CONSTRAINT "ContactNote_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurposeNotice" ADD CONSTRAINT "PurposeNotice_purposeId_fkey" FOREIGN KEY ("purposeId") REFERENCES "Purpose"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_purposeId_fkey" FOREIGN KEY ("purposeId") REFERENCES "Purpose"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "PurposeNotice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "ConsentRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentAttachment" ADD CONSTRAINT "ConsentAttachment_consentRecordId_fkey" FOREIGN KEY ("consentRecordId") REFERENCES "ConsentRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalBasisRecord" ADD CONSTRAINT "LegalBasisRecord_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalBasisRecord" ADD CONSTRAINT "LegalBasisRecord_purposeId_fkey" FOREIGN KEY ("purposeId") REFERENCES "Purpose"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerRelationship" ADD CONSTRAINT "CustomerRelationship_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Restriction" ADD CONSTRAINT "Restriction_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelOptOut" ADD CONSTRAINT "ChannelOptOut_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_purposeId_fkey" FOREIGN KEY ("purposeId") REFERENCES "Purpose"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignRecipient" ADD CONSTRAINT "CampaignRecipient_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignRecipient" ADD CONSTRAINT "CampaignRecipient_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallLog" ADD CONSTRAINT "CallLog_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestContact" ADD CONSTRAINT "RequestContact_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "DataSubjectRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestContact" ADD CONSTRAINT "RequestContact_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "WebhookEndpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written: guarantees the database keeps even if application code is wrong.
-- Prisma's schema diff does not model functions or triggers, so these do not show up as drift.

-- The audit trail is append-only (tamper-evident chain, AVG art. 5 lid 2 accountability).
CREATE FUNCTION grondslag_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% on % is not allowed: the table is append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION grondslag_forbid_change();

-- Consent evidence is never edited (AVG art. 7 lid 1: the controller must be able to demonstrate
-- consent). It is deleted only when the person is erased (art. 17); the erasure service sets
-- `grondslag.erasure` for its own transaction, nothing else does.
CREATE FUNCTION grondslag_forbid_consent_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('grondslag.erasure', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% on % is not allowed: consent evidence is append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER "ConsentRecord_append_only" BEFORE UPDATE OR DELETE ON "ConsentRecord"
  FOR EACH ROW EXECUTE FUNCTION grondslag_forbid_consent_change();
CREATE TRIGGER "ConsentAttachment_append_only" BEFORE UPDATE OR DELETE ON "ConsentAttachment"
  FOR EACH ROW EXECUTE FUNCTION grondslag_forbid_consent_change();

-- The single settings row exists from the start.
-- The salt is 244 random bits from two v4 UUIDs (gen_random_uuid is core since PostgreSQL 13).
INSERT INTO "OrganisationSettings" ("id", "updatedAt", "suppressionSalt")
VALUES (1, CURRENT_TIMESTAMP, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
