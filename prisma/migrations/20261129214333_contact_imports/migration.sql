-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('draft', 'queued', 'running', 'done', 'failed', 'cancelled', 'undone');

-- AlterTable
ALTER TABLE "ConsentRecord" ADD COLUMN     "importBatchId" UUID;

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "importBatchId" UUID;

-- AlterTable
ALTER TABLE "EmailAddress" ADD COLUMN     "importBatchId" UUID;

-- AlterTable
ALTER TABLE "LegalBasisRecord" ADD COLUMN     "importBatchId" UUID;

-- AlterTable
ALTER TABLE "PhoneNumber" ADD COLUMN     "importBatchId" UUID;

-- AlterTable
ALTER TABLE "PostalAddress" ADD COLUMN     "importBatchId" UUID;

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" UUID NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'draft',
    "dryRun" BOOLEAN NOT NULL DEFAULT true,
    "format" TEXT NOT NULL,
    "fileName" TEXT NOT NULL DEFAULT '',
    "sizeBytes" INTEGER NOT NULL DEFAULT 0,
    "sourceType" "SourceType" NOT NULL,
    "sourceDetail" TEXT,
    "mapping" JSONB NOT NULL DEFAULT '[]',
    "headers" TEXT[],
    "encoding" TEXT NOT NULL DEFAULT 'utf-8',
    "delimiter" TEXT NOT NULL DEFAULT ',',
    "createdByType" TEXT NOT NULL DEFAULT 'user',
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "queuedAt" TIMESTAMPTZ(3),
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "lockedUntil" TIMESTAMPTZ(3),
    "cancelRequested" BOOLEAN NOT NULL DEFAULT false,
    "rowsDone" INTEGER NOT NULL DEFAULT 0,
    "bytesDone" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER,
    "created" INTEGER NOT NULL DEFAULT 0,
    "merged" INTEGER NOT NULL DEFAULT 0,
    "suppressed" INTEGER NOT NULL DEFAULT 0,
    "refused" INTEGER NOT NULL DEFAULT 0,
    "warnings" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "undoneAt" TIMESTAMPTZ(3),

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportChunk" (
    "batchId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "ImportChunk_pkey" PRIMARY KEY ("batchId","seq")
);

-- CreateTable
CREATE TABLE "ImportRowOutcome" (
    "id" BIGSERIAL NOT NULL,
    "batchId" UUID NOT NULL,
    "line" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "contactId" UUID,
    "field" TEXT,
    "code" TEXT,
    "message" TEXT,

    CONSTRAINT "ImportRowOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactSource" (
    "id" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "importBatchId" UUID,
    "sourceType" "SourceType" NOT NULL,
    "sourceDetail" TEXT,
    "collectedAt" TIMESTAMPTZ(3) NOT NULL,
    "filled" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactSource_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportBatch_status_queuedAt_idx" ON "ImportBatch"("status", "queuedAt");

-- CreateIndex
CREATE INDEX "ImportRowOutcome_batchId_outcome_line_idx" ON "ImportRowOutcome"("batchId", "outcome", "line");

-- CreateIndex
CREATE INDEX "ContactSource_contactId_idx" ON "ContactSource"("contactId");

-- CreateIndex
CREATE INDEX "ContactSource_importBatchId_idx" ON "ContactSource"("importBatchId");

-- CreateIndex
CREATE INDEX "ConsentRecord_importBatchId_idx" ON "ConsentRecord"("importBatchId");

-- CreateIndex
CREATE INDEX "Contact_importBatchId_idx" ON "Contact"("importBatchId");

-- CreateIndex
CREATE INDEX "EmailAddress_importBatchId_idx" ON "EmailAddress"("importBatchId");

-- CreateIndex
CREATE INDEX "LegalBasisRecord_importBatchId_idx" ON "LegalBasisRecord"("importBatchId");

-- CreateIndex
CREATE INDEX "PhoneNumber_importBatchId_idx" ON "PhoneNumber"("importBatchId");

-- AddForeignKey
ALTER TABLE "ImportChunk" ADD CONSTRAINT "ImportChunk_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRowOutcome" ADD CONSTRAINT "ImportRowOutcome_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactSource" ADD CONSTRAINT "ContactSource_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Undoing an import deletes the contacts it created (with the consent records that came in the
-- same file, which prove nothing about anyone once the contact is gone). Like erasure, the undo
-- service sets `grondslag.import_undo` for its own transaction only; everything else stays
-- append-only (AVG art. 7 lid 1).
CREATE OR REPLACE FUNCTION grondslag_forbid_consent_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND (current_setting('grondslag.erasure', true) = 'on'
                           OR current_setting('grondslag.import_undo', true) = 'on') THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% on % is not allowed: consent evidence is append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END $$;
