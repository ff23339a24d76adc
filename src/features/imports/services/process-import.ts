import type { Db, Tx } from "@/server/db";
import { SYSTEM, type AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { logger } from "@/server/logger";
import { instanceId } from "@/server/jobs/instance";
import { withBoundedHeapGrowth } from "@/server/jobs/bounded-heap-growth";
import { readSuppressionSalt } from "@/server/suppression-salt";
import type { SourceType } from "@/domain/vocabulary";
import { resolvePurposeByKey } from "@/features/purposes";
import type { PurposeWithNotices } from "@/features/purposes";
import { openReader } from "../parsers/open-reader";
import type { ImportFormat } from "../parsers/types";
import { ZImportMapping } from "../schemas";
import { classifyChunk, suppressionHashes, type RowPlan } from "./classify-chunk";
import { claimNextImport, ImportLeaseLost, renewImportLease, type ImportLease } from "./import-lease";
import { openStoredFile } from "./import-file";
import { prepareRow, type PreparedRow } from "./prepare-rows";
import { writeChunk } from "./write-chunk";
import { bulkInsert } from "./bulk-insert";

/** Rows per transaction: big enough for set-based look-ups and bulk inserts, small enough to resume. */
export const ROWS_PER_CHUNK = 2000;

/**
 * Chunks of real imports write one at a time, across every app instance. A chunk looks up which of
 * its people exist and then creates the rest; two imports on two instances doing that at the same
 * moment would each miss the other's uncommitted contacts and create the same person twice (one
 * instance runs its imports one after the other, so this only arises with several). Taken first in
 * the chunk's transaction, before the look-ups, and held until it commits.
 */
const IMPORT_WRITE_LOCK = 5_270_315;

export type ProcessHooks = { afterChunk?: (rowsDone: number) => Promise<void> | void };

/** One worker tick: claim batches one by one (queued, or abandoned by a crashed instance) and run each. */
export async function runImports(db: Db, hooks: ProcessHooks = {}): Promise<string[]> {
  const finished: string[] = [];
  for (let lease = await claimNextImport(db); lease; lease = await claimNextImport(db)) {
    try {
      await processImport(db, lease, hooks);
      finished.push(lease.batchId);
    } catch (error) {
      if (error instanceof ImportLeaseLost) logger.warn("import lease lost", { batchId: lease.batchId });
      else {
        // A fault in our code or the database, not in the file: recorded, and the lease runs out.
        logger.error("import failed", { batchId: lease.batchId, error });
        await db.$transaction(async (tx) => {
          const failed = await tx.importBatch.updateMany({
            where: { id: lease.batchId, status: "running" },
            data: {
              status: "failed",
              error: error instanceof Error ? error.message.slice(0, 500) : "failed",
              lockedUntil: null,
              finishedAt: new Date(),
            },
          });
          // The message stays on the batch (it may quote a value from the file), not in the trail.
          if (failed.count > 0)
            await writeAuditEvent(tx, SYSTEM, {
              action: "import.failed",
              target: { type: "import_batch", id: lease.batchId },
            });
        });
      }
    }
  }
  return finished;
}

export function actorOf(batch: { createdByType: string; createdById: string | null }): AuditContext {
  if (batch.createdByType === "api_key" && batch.createdById)
    return { actor: { type: "api_key", id: batch.createdById } };
  if (batch.createdById) return { actor: { type: "user", id: batch.createdById } };
  return { actor: { type: "system", id: "system" } };
}

/**
 * Records read between two turns of the event loop. The chunk in flight is a dozen queries one
 * after the other, and each reply waits for the turn to end: at 100 records a turn the replies
 * waited about 8 ms each, and an import of 100,000 rows took a quarter longer.
 */
const RECORDS_PER_TURN = 10;

/**
 * Reads the stored file from the first row not yet committed and processes it chunk by chunk.
 * Each chunk (its records, outcomes, counters and the resume point) commits in one transaction,
 * so a crash loses at most the chunk in flight and the next owner continues without duplicates.
 *
 * Two stages overlap: while one chunk is classified and written (the database's work), the next
 * is parsed, validated and hashed (ours). At most one chunk is in flight, and chunks commit in
 * file order, so the resume point stays exact.
 */
export async function processImport(db: Db, lease: ImportLease, hooks: ProcessHooks = {}) {
  // The heap may not grow with the file: its short-lived garbage is collected early (see the helper).
  return withBoundedHeapGrowth(() => importRows(db, lease, hooks));
}

async function importRows(db: Db, lease: ImportLease, hooks: ProcessHooks) {
  const batch = await db.importBatch.findUniqueOrThrow({ where: { id: lease.batchId } });
  const ctx = actorOf(batch);
  const mapping = ZImportMapping.parse(batch.mapping);
  const salt = await readSuppressionSalt(db);
  const purposeCache = new Map<string, Promise<PurposeWithNotices | null>>();
  // Looked up inside the chunk's transaction (PGlite has one session: a query beside it would wait).
  const purposes = (key: string, tx: Tx) => {
    if (!purposeCache.has(key))
      purposeCache.set(
        key,
        resolvePurposeByKey(tx, key).catch(() => null),
      );
    return purposeCache.get(key)!;
  };
  const seenInFile = batch.dryRun ? new Map<string, string>() : null;
  let bytesRead = 0;
  const reader = await openReader(
    batch.format as ImportFormat,
    () => openStoredFile(db, batch.id, (n) => (bytesRead += n)),
    { encoding: batch.encoding, delimiter: batch.delimiter },
  );
  const fileSource = { type: batch.sourceType as SourceType, detail: batch.sourceDetail };
  let index = 0;
  let rowsDone = batch.rowsDone;
  const write = async (rows: PreparedRow[], now: Date, hashes: Map<string, string>) => {
    const cancelled = await db.$transaction(
      async (tx) => {
        if (!batch.dryRun) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_WRITE_LOCK})`;
        if (!(await renewImportLease(tx, lease))) throw new ImportLeaseLost(batch.id);
        const state = await tx.importBatch.findUniqueOrThrow({
          where: { id: batch.id },
          select: { cancelRequested: true },
        });
        if (state.cancelRequested) return true;
        const { plans, existing } = await classifyChunk(tx, rows, {
          batchId: batch.id,
          now,
          hashes,
          purposes,
          seenInFile,
        });
        const written = batch.dryRun ? null : await writeChunk(tx, ctx, batch, plans, existing, now);
        const counts = countPlans(plans);
        await bulkInsert(
          tx,
          "ImportRowOutcome",
          ["batchId", "line", "outcome", "contactId", "field", "code", "message"],
          outcomesOf(plans, batch.dryRun),
          { batchId: batch.id },
        );
        rowsDone += rows.length;
        await tx.importBatch.update({
          where: { id: batch.id },
          data: {
            rowsDone,
            bytesDone: bytesRead,
            created: { increment: counts.created },
            merged: { increment: counts.merged },
            suppressed: { increment: counts.suppressed },
            refused: { increment: counts.refused },
            warnings: { increment: counts.warnings },
          },
        });
        if (written)
          await writeAuditEvent(tx, ctx, {
            action: "import.rows_committed",
            target: { type: "import_batch", id: batch.id },
            metadata: {
              fromLine: rows[0].line,
              toLine: rows[rows.length - 1].line,
              ...counts,
              ...written,
              instance: instanceId(),
            },
          });
        return false;
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
    if (cancelled) throw new CancelledImport();
    await hooks.afterChunk?.(rowsDone);
  };

  let inFlight: Promise<void> = Promise.resolve();
  let rows: PreparedRow[] = [];
  let now = new Date();
  const send = async () => {
    const chunk = rows;
    const chunkNow = now;
    rows = [];
    now = new Date();
    const hashes = suppressionHashes(chunk, salt); // still beside the chunk in flight
    await inFlight; // the chunk before commits first (and its failure stops the import here)
    if (chunk.length === 0) return;
    inFlight = write(chunk, chunkNow, hashes);
    inFlight.catch(() => undefined); // awaited by the next send; this only keeps Node from warning
  };
  try {
    for await (const record of reader.records) {
      if (index++ < batch.rowsDone) continue; // committed before a restart
      rows.push(prepareRow(record, mapping, fileSource, now));
      if (rows.length >= ROWS_PER_CHUNK) await send();
      else if (rows.length % RECORDS_PER_TURN === 0) await new Promise((next) => setImmediate(next));
    }
    await send();
    await inFlight;
  } catch (error) {
    await inFlight.catch(() => undefined); // never leave a chunk's transaction running behind us
    if (error instanceof CancelledImport) return finish(db, ctx, lease, "cancelled", rowsDone);
    throw error;
  }
  await finish(db, ctx, lease, "done", rowsDone);
}

class CancelledImport extends Error {}

async function finish(db: Db, ctx: AuditContext, lease: ImportLease, status: "done" | "cancelled", total: number) {
  await db.$transaction(async (tx) => {
    const done = await tx.importBatch.updateMany({
      where: { id: lease.batchId, status: "running", lockedUntil: lease.until },
      data: { status, finishedAt: new Date(), lockedUntil: null, total },
    });
    if (done.count === 0) throw new ImportLeaseLost(lease.batchId);
    const b = await tx.importBatch.findUniqueOrThrow({ where: { id: lease.batchId } });
    await writeAuditEvent(tx, ctx, {
      action: status === "done" ? (b.dryRun ? "import.dry_run_done" : "import.done") : "import.cancelled",
      target: { type: "import_batch", id: b.id },
      metadata: {
        total,
        created: b.created,
        merged: b.merged,
        suppressed: b.suppressed,
        refused: b.refused,
        dryRun: b.dryRun,
      },
    });
  });
}

function countPlans(plans: RowPlan[]) {
  const c = { created: 0, merged: 0, suppressed: 0, refused: 0, warnings: 0 };
  for (const p of plans) {
    if (p.kind === "create") c.created++;
    else if (p.kind === "merge") c.merged++;
    else if (p.kind === "suppressed") c.suppressed++;
    else c.refused++;
    if (p.kind !== "refused" && p.row.warnings.length) c.warnings++;
  }
  return c;
}

/** What the result page and the refused-rows CSV show: line, column, reason; ids, never the data. */
function outcomesOf(plans: RowPlan[], dryRun: boolean) {
  const out: {
    line: number;
    outcome: string;
    contactId?: string | null;
    field?: string;
    code?: string;
    message?: string;
  }[] = [];
  for (const p of plans) {
    const line = p.row.line;
    if (p.kind === "refused")
      for (const i of p.issues)
        out.push({ line, outcome: "refused", field: i.field, code: i.code, message: i.message });
    else if (p.kind === "suppressed")
      out.push({
        line,
        outcome: "suppressed",
        field: p.field,
        code: "suppressed",
        message:
          "This person was erased at their request (AVG art. 17); not imported without a fresh consent given after the erasure.",
      });
    else if (p.kind === "merge")
      out.push({
        line,
        outcome: "merged",
        contactId: dryRun && p.into === "file" ? null : p.contactId,
        code: p.into,
      });
    if (p.kind !== "refused")
      for (const w of p.row.warnings)
        out.push({ line, outcome: "warning", field: w.field, code: w.code, message: w.message });
  }
  return out;
}
