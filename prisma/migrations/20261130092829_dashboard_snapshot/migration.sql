-- CreateTable
CREATE TABLE "DashboardSnapshot" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "figures" JSONB NOT NULL,
    "computedAt" TIMESTAMPTZ(3) NOT NULL,
    "refreshingUntil" TIMESTAMPTZ(3),

    CONSTRAINT "DashboardSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConsentRecord_recordedById_effectiveAt_idx" ON "ConsentRecord"("recordedById", "effectiveAt");

-- One row.
ALTER TABLE "DashboardSnapshot" ADD CONSTRAINT "DashboardSnapshot_one_row" CHECK ("id" = 1);
