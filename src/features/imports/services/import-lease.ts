/**
 * Leases on import batches, the same scheme as campaign sending: an instance owns a batch while
 * its `lockedUntil` lies in the future and renews it with every chunk; a batch whose owner crashed
 * is taken over when the lease runs out, and continues after the last committed chunk.
 */
import type { Db, Tx } from "@/server/db";

export const LEASE_SECONDS = 60;
export type ImportLease = { batchId: string; until: Date };

export async function claimNextImport(db: Db): Promise<ImportLease | null> {
  const rows = await db.$queryRaw<{ id: string; lockedUntil: Date }[]>`
    UPDATE "ImportBatch" SET status = 'running', "lockedUntil" = date_trunc('milliseconds', now() + make_interval(secs => ${LEASE_SECONDS})),
      "startedAt" = COALESCE("startedAt", now())
    WHERE id = (
      SELECT id FROM "ImportBatch"
      WHERE status = 'queued' OR (status = 'running' AND ("lockedUntil" IS NULL OR "lockedUntil" < now()))
      ORDER BY "queuedAt" NULLS LAST, id LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id, "lockedUntil"`;
  return rows[0] ? { batchId: rows[0].id, until: rows[0].lockedUntil } : null;
}

/** Extends the lease inside the chunk's transaction; false when another instance has taken over. */
export async function renewImportLease(tx: Tx, lease: ImportLease): Promise<boolean> {
  const rows = await tx.$queryRaw<{ lockedUntil: Date }[]>`
    UPDATE "ImportBatch" SET "lockedUntil" = date_trunc('milliseconds', now() + make_interval(secs => ${LEASE_SECONDS}))
    WHERE id = ${lease.batchId}::uuid AND "lockedUntil" = ${lease.until} AND status = 'running'
    RETURNING "lockedUntil"`;
  if (!rows[0]) return false;
  lease.until = rows[0].lockedUntil;
  return true;
}

export class ImportLeaseLost extends Error {
  constructor(batchId: string) {
    super(`Lease on import ${batchId} was lost; another instance continues.`);
  }
}
