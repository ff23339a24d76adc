-- CreateTable
CREATE TABLE "OfflineOptInReceipt" (
    "clientId" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "consentIds" UUID[],
    "recordedById" UUID,
    "givenAt" TIMESTAMPTZ(3) NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL,
    "matchedExisting" BOOLEAN NOT NULL DEFAULT false,
    "evidenceStrength" TEXT NOT NULL,

    CONSTRAINT "OfflineOptInReceipt_pkey" PRIMARY KEY ("clientId")
);

-- CreateIndex
CREATE INDEX "OfflineOptInReceipt_contactId_idx" ON "OfflineOptInReceipt"("contactId");

-- AddForeignKey
ALTER TABLE "OfflineOptInReceipt" ADD CONSTRAINT "OfflineOptInReceipt_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;
