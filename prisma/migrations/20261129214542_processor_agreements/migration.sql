-- AlterTable
ALTER TABLE "Processor" ADD COLUMN     "agreementReference" TEXT,
ADD COLUMN     "agreementReviewAt" TIMESTAMPTZ(3),
ADD COLUMN     "location" TEXT NOT NULL DEFAULT 'NL',
ADD COLUMN     "purposeIds" UUID[],
ADD COLUMN     "transferMechanism" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "SubProcessor" (
    "id" UUID NOT NULL,
    "processorId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "service" TEXT NOT NULL DEFAULT '',
    "location" TEXT NOT NULL DEFAULT 'NL',
    "transferMechanism" TEXT,
    "authorisedAt" TIMESTAMPTZ(3),
    "authorisationReference" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubProcessor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SubProcessor_processorId_idx" ON "SubProcessor"("processorId");

-- AddForeignKey
ALTER TABLE "SubProcessor" ADD CONSTRAINT "SubProcessor_processorId_fkey" FOREIGN KEY ("processorId") REFERENCES "Processor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
