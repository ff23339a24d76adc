import { writeCsv } from "@/domain/exports/write-csv";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { assertInScope, type ImportScope } from "./restrict";

/**
 * Every refused and suppressed row of a batch, with line, column and reason, as CSV to fix the
 * file and import it again. Holds no personal data (line numbers point into the user's own file).
 */
export async function refusedRowsCsv(db: Db, batchId: string, scope: ImportScope = {}): Promise<string> {
  const batch = await db.importBatch.findUnique({
    where: { id: batchId },
    select: { id: true, format: true, createdById: true },
  });
  if (!batch) throw new AppError("NOT_FOUND", "This import does not exist.", { key: "imports.errors.notFound" });
  assertInScope(batch, scope);
  const rows = await db.importRowOutcome.findMany({
    where: { batchId, outcome: { in: ["refused", "suppressed", "warning"] } },
    orderBy: [{ line: "asc" }, { id: "asc" }],
    select: { line: true, outcome: true, field: true, code: true, message: true },
  });
  return writeCsv(
    ["line", "outcome", "field", "code", "message"],
    rows.map((r) => [r.line, r.outcome, r.field, r.code, r.message]),
  );
}
