import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { assertInScope, type ImportScope } from "./restrict";

/**
 * Stops an import: a queued one at once, a running one after the chunk in flight (what was
 * committed stays, and can be undone). The worker sees the request at its next chunk.
 */
export async function cancelImport(db: Db, ctx: AuditContext, batchId: string, scope: ImportScope = {}) {
  return db.$transaction(async (tx) => {
    const batch = await tx.importBatch.findUnique({
      where: { id: batchId },
      select: { status: true, format: true, createdById: true },
    });
    if (!batch) throw new AppError("NOT_FOUND", "This import does not exist.", { key: "imports.errors.notFound" });
    assertInScope(batch, scope);
    if (batch.status !== "queued" && batch.status !== "running")
      throw new AppError("CONFLICT", "This import is not running.", { key: "imports.errors.notRunning" });
    await tx.importBatch.update({
      where: { id: batchId },
      data:
        batch.status === "queued"
          ? { status: "cancelled", cancelRequested: true, finishedAt: new Date() }
          : { cancelRequested: true },
    });
    await writeAuditEvent(tx, ctx, {
      action: "import.cancel_requested",
      target: { type: "import_batch", id: batchId },
      metadata: { wasRunning: batch.status === "running" },
    });
  });
}
