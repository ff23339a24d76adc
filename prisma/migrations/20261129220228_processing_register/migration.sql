-- CreateTable
CREATE TABLE "ProcessingRecordVersion" (
    "id" UUID NOT NULL,
    "purposeId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "dpiaReference" TEXT,
    "dpiaDate" TIMESTAMPTZ(3),
    "liaText" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessingRecordVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProcessingRecordVersion_purposeId_createdAt_idx" ON "ProcessingRecordVersion"("purposeId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProcessingRecordVersion_purposeId_version_key" ON "ProcessingRecordVersion"("purposeId", "version");
