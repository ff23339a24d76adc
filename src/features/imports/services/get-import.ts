import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { assertInScope, type ImportScope } from "./restrict";

export const ERRORS_SHOWN = 100;

/**
 * A batch with its progress (rows done, rate, time left estimated from the bytes of the file read
 * so far) and the first refusals. Row outcomes hold line numbers, columns and reasons only.
 */
export async function getImport(db: Db, batchId: string, opts: { errors?: number; scope?: ImportScope } = {}) {
  const batch = await db.importBatch.findUnique({ where: { id: batchId } });
  if (!batch) throw new AppError("NOT_FOUND", "This import does not exist.", { key: "imports.errors.notFound" });
  assertInScope(batch, opts.scope);
  const errors = await db.importRowOutcome.findMany({
    where: { batchId, outcome: { in: ["refused", "suppressed"] } },
    orderBy: [{ line: "asc" }, { id: "asc" }],
    take: opts.errors ?? ERRORS_SHOWN,
    select: { line: true, outcome: true, field: true, code: true, message: true },
  });
  const warnings = await db.importRowOutcome.count({ where: { batchId, outcome: "warning" } });
  const purchasedConsentIgnored = await db.importRowOutcome.count({
    where: { batchId, outcome: "warning", code: "consent_ignored_purchased_list" },
  });
  const merges = await db.importRowOutcome.findMany({
    where: { batchId, outcome: "merged", contactId: { not: null } },
    orderBy: { line: "asc" },
    take: 50,
    select: { line: true, contactId: true },
  });
  const errorCount = await db.importRowOutcome.count({
    where: { batchId, outcome: { in: ["refused", "suppressed"] } },
  });
  return {
    ...batch,
    errors,
    errorCount,
    warningCount: warnings,
    purchasedConsentIgnored,
    merges,
    progress: progressOf(batch),
  };
}

export function progressOf(
  b: { startedAt: Date | null; finishedAt: Date | null; rowsDone: number; bytesDone: number; sizeBytes: number },
  now = new Date(),
) {
  const end = b.finishedAt ?? now;
  const seconds = b.startedAt ? Math.max(0.001, (end.getTime() - b.startedAt.getTime()) / 1000) : 0;
  const rate = seconds > 0 ? b.rowsDone / seconds : 0;
  const fraction = b.sizeBytes > 0 ? Math.min(1, b.bytesDone / b.sizeBytes) : 0;
  const secondsLeft =
    !b.finishedAt && fraction > 0 && seconds > 0 ? Math.round((seconds / fraction) * (1 - fraction)) : null;
  return { percent: b.finishedAt ? 100 : Math.floor(fraction * 100), rowsPerSecond: Math.round(rate), secondsLeft };
}

export async function listImports(db: Db, opts: { take?: number; scope?: ImportScope } = {}) {
  return db.importBatch.findMany({
    where: opts.scope?.ownVcardsOf ? { createdById: opts.scope.ownVcardsOf, format: "vcard" } : undefined,
    orderBy: { createdAt: "desc" },
    take: opts.take ?? 50,
    select: {
      id: true,
      status: true,
      dryRun: true,
      fileName: true,
      format: true,
      sourceType: true,
      createdAt: true,
      total: true,
      rowsDone: true,
      created: true,
      merged: true,
      suppressed: true,
      refused: true,
    },
  });
}
