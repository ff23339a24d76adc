-- AlterTable
ALTER TABLE "ChannelOptOut" ADD COLUMN     "endedAt" TIMESTAMPTZ(3),
ADD COLUMN     "ip" TEXT,
ADD COLUMN     "until" TIMESTAMPTZ(3),
ADD COLUMN     "userAgent" TEXT;

-- A pause ends after it starts; ending one early cannot predate it.
ALTER TABLE "ChannelOptOut" ADD CONSTRAINT "ChannelOptOut_pause_window" CHECK ("until" IS NULL OR "until" > "at");
ALTER TABLE "ChannelOptOut" ADD CONSTRAINT "ChannelOptOut_ended_after_start" CHECK ("endedAt" IS NULL OR "endedAt" >= "at");
