-- CreateEnum
CREATE TYPE "BreachRisk" AS ENUM ('unlikely', 'risk', 'high_risk');

-- CreateEnum
CREATE TYPE "RetentionProposalStatus" AS ENUM ('pending', 'approved', 'rejected');

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "legalHold" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "legalHoldReason" TEXT,
ADD COLUMN     "legalHoldSetAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "OrganisationSettings" ADD COLUMN     "eraseWhenConsentOnlyWithdrawn" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "retentionAutoErase" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "withdrawalGraceDays" INTEGER NOT NULL DEFAULT 30;

-- AlterTable
ALTER TABLE "Purpose" ADD COLUMN     "retentionMonths" INTEGER;

-- CreateTable
CREATE TABLE "Breach" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(3),
    "awareAt" TIMESTAMPTZ(3) NOT NULL,
    "reportedByProcessorId" UUID,
    "description" TEXT NOT NULL,
    "dataCategories" TEXT[],
    "subjectCategories" TEXT[],
    "approxSubjects" INTEGER,
    "approxRecords" INTEGER,
    "consequences" TEXT NOT NULL DEFAULT '',
    "measures" TEXT NOT NULL DEFAULT '',
    "risk" "BreachRisk" NOT NULL DEFAULT 'risk',
    "notNotifiedReason" TEXT,
    "lateReason" TEXT,
    "subjectsNotified" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Breach_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BreachNotification" (
    "id" UUID NOT NULL,
    "breachId" UUID NOT NULL,
    "phase" TEXT NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL,
    "reference" TEXT,
    "summary" TEXT NOT NULL,
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BreachNotification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BreachAffectedContact" (
    "breachId" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "selectedVia" TEXT NOT NULL,
    "addedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "notifiedAt" TIMESTAMPTZ(3),
    "messageId" TEXT,

    CONSTRAINT "BreachAffectedContact_pkey" PRIMARY KEY ("breachId","contactId")
);

-- CreateTable
CREATE TABLE "RetentionProposal" (
    "id" UUID NOT NULL,
    "status" "RetentionProposalStatus" NOT NULL DEFAULT 'pending',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "candidateCount" INTEGER NOT NULL DEFAULT 0,
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" UUID,
    "erasedCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RetentionProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RetentionCandidate" (
    "proposalId" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "expiredAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RetentionCandidate_pkey" PRIMARY KEY ("proposalId","contactId")
);

-- CreateIndex
CREATE INDEX "Breach_awareAt_idx" ON "Breach"("awareAt");

-- CreateIndex
CREATE INDEX "BreachNotification_breachId_sentAt_idx" ON "BreachNotification"("breachId", "sentAt");

-- CreateIndex
CREATE INDEX "BreachAffectedContact_contactId_idx" ON "BreachAffectedContact"("contactId");

-- CreateIndex
CREATE INDEX "RetentionProposal_status_createdAt_idx" ON "RetentionProposal"("status", "createdAt");

-- CreateIndex
CREATE INDEX "RetentionCandidate_contactId_idx" ON "RetentionCandidate"("contactId");

-- AddForeignKey
ALTER TABLE "BreachNotification" ADD CONSTRAINT "BreachNotification_breachId_fkey" FOREIGN KEY ("breachId") REFERENCES "Breach"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BreachAffectedContact" ADD CONSTRAINT "BreachAffectedContact_breachId_fkey" FOREIGN KEY ("breachId") REFERENCES "Breach"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BreachAffectedContact" ADD CONSTRAINT "BreachAffectedContact_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RetentionCandidate" ADD CONSTRAINT "RetentionCandidate_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "RetentionProposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RetentionCandidate" ADD CONSTRAINT "RetentionCandidate_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;
