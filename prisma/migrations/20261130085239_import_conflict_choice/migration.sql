-- CreateEnum
CREATE TYPE "ImportConflict" AS ENUM ('keep', 'replace');

-- AlterTable
ALTER TABLE "ContactSource" ADD COLUMN     "replaced" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "ImportBatch" ADD COLUMN     "onConflict" "ImportConflict" NOT NULL DEFAULT 'keep';
