import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { assertInScope, type ImportScope } from "./restrict";
import { checkSource } from "@/features/contacts";
import { parseInput } from "@/server/validation/parse-input";
import { ZStartImportInput, type TStartImportInput } from "../schemas";

/**
 * Queues a dry run or the import itself with the mapping and provenance the user confirmed. A
 * finished dry run can be started again for real: the counts start over from the first row.
 */
export async function startImport(db: Db, ctx: AuditContext, raw: TStartImportInput, scope: ImportScope = {}) {
  const input = parseInput(ZStartImportInput, raw);
  const problems = checkSource(
    { type: scope.ownVcardsOf ? "business_card" : input.sourceType, detail: input.sourceDetail },
    new Date(),
  ).filter((p) => p.field === "source.detail");
  if (problems.length)
    throw new AppError("INVALID_INPUT", problems[0].message, {
      fields: [{ field: "sourceDetail", message: problems[0].message, key: problems[0].key }],
    });
  if (!input.mapping.some((f) => f === "lastName" || f === "fullName"))
    throw new AppError("INVALID_INPUT", "Map a column to the last name (or the full name).", {
      fields: [{ field: "mapping", message: "Map a column to the last name.", key: "imports.errors.noName" }],
    });
  return db.$transaction(async (tx) => {
    const batch = await tx.importBatch.findUnique({ where: { id: input.batchId } });
    if (!batch) throw new AppError("NOT_FOUND", "This import does not exist.", { key: "imports.errors.notFound" });
    assertInScope(batch, scope);
    const restartable = batch.status === "draft" || (batch.status === "done" && batch.dryRun);
    if (!restartable)
      throw new AppError("CONFLICT", "This import has already run.", { key: "imports.errors.alreadyRun" });
    if (input.mapping.length !== batch.headers.length)
      throw new AppError("INVALID_INPUT", "The mapping does not fit the file's columns.", {
        fields: [{ field: "mapping", message: "The mapping does not fit the file's columns." }],
      });
    await tx.importRowOutcome.deleteMany({ where: { batchId: batch.id } });
    const updated = await tx.importBatch.update({
      where: { id: batch.id },
      data: {
        status: "queued",
        dryRun: input.dryRun,
        onConflict: input.onConflict,
        mapping: input.mapping,
        sourceType: scope.ownVcardsOf ? "business_card" : input.sourceType,
        sourceDetail: input.sourceDetail,
        queuedAt: new Date(),
        startedAt: null,
        finishedAt: null,
        rowsDone: 0,
        bytesDone: 0,
        total: null,
        created: 0,
        merged: 0,
        suppressed: 0,
        refused: 0,
        warnings: 0,
      },
    });
    await writeAuditEvent(tx, ctx, {
      action: input.dryRun ? "import.dry_run_queued" : "import.queued",
      target: { type: "import_batch", id: batch.id },
      metadata: {
        sourceType: input.sourceType,
        mappedColumns: input.mapping.filter(Boolean).length,
        onConflict: input.onConflict,
      },
    });
    return updated;
  });
}
