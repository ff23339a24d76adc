-- Entries written before this migration are keyed with the database salt only (version 1); the app
-- re-keys them with the key derived from AUTH_SECRET at start-up (rekeySuppressionList).
ALTER TABLE "SuppressionEntry" ADD COLUMN     "keyVersion" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "SuppressionEntry" ALTER COLUMN "keyVersion" SET DEFAULT 2;
