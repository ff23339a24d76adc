-- CreateTable
CREATE TABLE "Segment" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "filter" JSONB NOT NULL DEFAULT '{}',
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Segment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Segment_name_idx" ON "Segment"("name");

-- CreateIndex
CREATE INDEX "Segment_updatedAt_idx" ON "Segment"("updatedAt");

-- CreateIndex
CREATE INDEX "CallLog_at_contactId_idx" ON "CallLog"("at", "contactId");

-- CreateIndex
CREATE INDEX "ConsentRecord_effectiveAt_contactId_idx" ON "ConsentRecord"("effectiveAt", "contactId");

-- CreateIndex
CREATE INDEX "Contact_updatedAt_id_idx" ON "Contact"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "Contact_jobTitle_trgm_idx" ON "Contact" USING GIN ("jobTitle" gin_trgm_ops);
