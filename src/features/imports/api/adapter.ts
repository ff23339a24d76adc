import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { AppError } from "@/server/errors";
import { createImport } from "../services/create-import";
import { getImport } from "../services/get-import";

/** The request body as it streams in: the import stores it in pieces, never whole. */
async function* bodyOf(req: Request): AsyncGenerator<Uint8Array> {
  if (!req.body) return;
  const reader = req.body.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) yield r.value;
}

export async function createApiImport(
  db: Db,
  ctx: AuditContext,
  req: Request,
  query: { source: string; sourceDetail?: string; dryRun?: "true" | "false"; onConflict?: "keep" | "replace" },
) {
  const batch = await createImport(db, ctx, {
    fileName: "api.csv",
    body: bodyOf(req),
    sourceType: query.source,
    sourceDetail: query.sourceDetail ?? null,
    queue: { dryRun: query.dryRun === "true", onConflict: query.onConflict ?? "keep" },
  });
  if (batch.format !== "csv")
    throw new AppError("INVALID_INPUT", "The API takes CSV files.", {
      fields: [{ field: "_body", message: "Not CSV." }],
    });
  return { id: batch.id, status: batch.status };
}

export async function getApiImport(db: Db, id: string) {
  const b = await getImport(db, id);
  return {
    id: b.id,
    status: b.status,
    dryRun: b.dryRun,
    total: b.total,
    rowsDone: b.rowsDone,
    created: b.created,
    merged: b.merged,
    suppressed: b.suppressed,
    refused: b.refused,
    errors: b.errors.map((e) => ({ row: e.line, field: e.field, message: e.message })),
    errorsTotal: b.errorCount,
    errorsCsv: `/api/v1/imports/${b.id}/errors`,
  };
}
