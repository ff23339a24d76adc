-- CreateTable
CREATE TABLE "ProcessorNotification" (
    "id" UUID NOT NULL,
    "processorId" UUID NOT NULL,
    "requestId" UUID,
    "retentionProposalId" UUID,
    "notifiedAt" TIMESTAMPTZ(3) NOT NULL,
    "notifiedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessorNotification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProcessorNotification_processorId_requestId_key" ON "ProcessorNotification"("processorId", "requestId");

-- CreateIndex
CREATE UNIQUE INDEX "ProcessorNotification_processorId_retentionProposalId_key" ON "ProcessorNotification"("processorId", "retentionProposalId");

-- AddForeignKey
ALTER TABLE "ProcessorNotification" ADD CONSTRAINT "ProcessorNotification_processorId_fkey" FOREIGN KEY ("processorId") REFERENCES "Processor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A notification belongs to exactly one erasure: a request's or a retention run's.
ALTER TABLE "ProcessorNotification" ADD CONSTRAINT "ProcessorNotification_one_erasure" CHECK (("requestId" IS NULL) <> ("retentionProposalId" IS NULL));
