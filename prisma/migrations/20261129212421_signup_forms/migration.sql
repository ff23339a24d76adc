-- AlterTable
ALTER TABLE "OrganisationSettings" ADD COLUMN     "signupPurgeDays" INTEGER NOT NULL DEFAULT 7;

-- CreateTable
CREATE TABLE "SignupForm" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "currentVersion" INTEGER NOT NULL DEFAULT 1,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SignupForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignupFormVersion" (
    "id" UUID NOT NULL,
    "formId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "purposeKeys" TEXT[],
    "fields" TEXT[],
    "languages" TEXT[],
    "offerCalls" BOOLEAN NOT NULL DEFAULT false,
    "thankYouNl" TEXT NOT NULL,
    "thankYouEn" TEXT NOT NULL,
    "organisationName" TEXT NOT NULL,
    "privacyPolicyUrl" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignupFormVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PendingSignup" (
    "id" UUID NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "email" TEXT NOT NULL,
    "normalisedEmail" TEXT NOT NULL,
    "firstName" TEXT,
    "lastName" TEXT,
    "company" TEXT,
    "jobTitle" TEXT,
    "phone" TEXT,
    "purposes" JSONB NOT NULL,
    "language" TEXT NOT NULL,
    "formId" UUID,
    "formVersion" INTEGER,
    "via" TEXT NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "submissionIp" TEXT NOT NULL,
    "submissionUserAgent" TEXT NOT NULL,
    "wasSuppressed" BOOLEAN NOT NULL DEFAULT false,
    "resentAt" TIMESTAMPTZ(3),
    "confirmedAt" TIMESTAMPTZ(3),
    "contactId" UUID,

    CONSTRAINT "PendingSignup_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SignupForm_slug_key" ON "SignupForm"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "SignupFormVersion_formId_version_key" ON "SignupFormVersion"("formId", "version");

-- CreateIndex
CREATE INDEX "PendingSignup_normalisedEmail_status_idx" ON "PendingSignup"("normalisedEmail", "status");

-- CreateIndex
CREATE INDEX "PendingSignup_status_submittedAt_idx" ON "PendingSignup"("status", "submittedAt");

-- AddForeignKey
ALTER TABLE "SignupFormVersion" ADD CONSTRAINT "SignupFormVersion_formId_fkey" FOREIGN KEY ("formId") REFERENCES "SignupForm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingSignup" ADD CONSTRAINT "PendingSignup_formId_fkey" FOREIGN KEY ("formId") REFERENCES "SignupForm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingSignup" ADD CONSTRAINT "PendingSignup_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;
