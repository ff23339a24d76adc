import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { createImport } from "@/features/imports/services/create-import";
import { runImports } from "@/features/imports/services/process-import";
import { getImport } from "@/features/imports/services/get-import";

/** A CSV file's bytes from rows of cells (quoted where needed). */
export function csvOf(rows: string[][], delimiter = ","): Buffer {
  const cell = (c: string) => (/[",;\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return Buffer.from(rows.map((r) => r.map(cell).join(delimiter)).join("\r\n") + "\r\n", "utf8");
}

/** Uploads a file and runs it to the end through the background worker's own loop. */
export async function importFile(
  db: Db,
  ctx: AuditContext,
  bytes: Buffer,
  opts: {
    sourceType?: string;
    sourceDetail?: string | null;
    dryRun?: boolean;
    fileName?: string;
    onConflict?: "keep" | "replace";
  } = {},
) {
  const batch = await createImport(db, ctx, {
    fileName: opts.fileName ?? "contacts.csv",
    body: (async function* () {
      yield bytes;
    })(),
    sourceType: opts.sourceType ?? "event",
    sourceDetail: opts.sourceDetail === undefined ? "Horecava 2026" : opts.sourceDetail,
    queue: { dryRun: opts.dryRun ?? false, onConflict: opts.onConflict },
  });
  await runImports(db);
  return getImport(db, batch.id, { errors: 1000 });
}
