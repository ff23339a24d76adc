import { Readable } from "node:stream";
import type { Db } from "@/server/db";
import { logger } from "@/server/logger";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { proposeMapping } from "@/domain/imports";
import { checkSource } from "@/features/contacts";
import { parseInput } from "@/server/validation/parse-input";
import { withBoundedHeapGrowth } from "@/server/jobs/bounded-heap-growth";
import { openReader } from "../parsers/open-reader";
import { sniffCsvDialect, sniffFormat } from "../parsers/sniff";
import { ZImportProvenance, type TImportMapping } from "../schemas";
import { openStoredFile, storeUpload } from "./import-file";
import { assertInScope, type ImportScope } from "./restrict";

export type CreateImportInput = {
  fileName: string;
  body: AsyncIterable<Uint8Array>;
  sourceType: string;
  sourceDetail?: string | null;
  /** Start at once (the API) as a dry run or for real; otherwise it waits for the user's mapping. */
  queue?: { dryRun: boolean; onConflict?: "keep" | "replace" } | null;
  scope?: ImportScope;
};

/**
 * Takes an upload: checks the file's provenance (required, AVG art. 14 lid 2 sub f), stores the
 * file as it streams in, detects format, encoding and delimiter, reads the header row and proposes
 * a column mapping. Nothing is imported yet.
 */
export async function createImport(db: Db, ctx: AuditContext, input: CreateImportInput) {
  const provenance = parseInput(ZImportProvenance, {
    // Cards a salesperson collected are business cards, whatever the form says.
    sourceType: input.scope?.ownVcardsOf ? "business_card" : input.sourceType,
    sourceDetail: input.sourceDetail,
  });
  const problems = checkSource({ type: provenance.sourceType, detail: provenance.sourceDetail }, new Date(), "source");
  // A public source would need the purpose it was published for per row; not offered for imports.
  const fileProblems = problems.filter((p) => p.field === "source.detail");
  if (fileProblems.length)
    throw new AppError("INVALID_INPUT", fileProblems[0].message, {
      key: "common.errors.INVALID_INPUT",
      fields: [{ field: "sourceDetail", message: fileProblems[0].message, key: fileProblems[0].key }],
    });
  const batch = await db.importBatch.create({
    data: {
      format: "csv",
      fileName: input.fileName.slice(0, 200),
      sourceType: provenance.sourceType,
      sourceDetail: provenance.sourceDetail,
      createdByType: ctx.actor.type === "api_key" ? "api_key" : "user",
      createdById: ctx.actor.type === "user" || ctx.actor.type === "api_key" ? ctx.actor.id : null,
    },
  });
  try {
    // A large file arrives as garbage at the pace of the network: bounded like the import itself,
    // or the limit V8 sets while it streams in is still the heap's limit when the import starts.
    const { size, head } = await withBoundedHeapGrowth(() => storeUpload(db, batch.id, input.body));
    if (size === 0)
      throw new AppError("INVALID_INPUT", "The file is empty.", {
        key: "imports.errors.empty",
        fields: [{ field: "file", message: "The file is empty.", key: "imports.errors.empty" }],
      });
    const format = sniffFormat(head, input.fileName);
    assertInScope({ format, createdById: batch.createdById }, input.scope);
    const dialect = format === "csv" ? sniffCsvDialect(head) : { encoding: "utf-8", delimiter: "," };
    const headers = await readHeaders(db, batch.id, format, dialect, head);
    const mapping: TImportMapping = proposeMapping(headers);
    return await db.$transaction(async (tx) => {
      const updated = await tx.importBatch.update({
        where: { id: batch.id },
        data: {
          format,
          sizeBytes: size,
          encoding: dialect.encoding,
          delimiter: dialect.delimiter,
          mapping,
          headers,
          ...(input.queue
            ? {
                status: "queued",
                dryRun: input.queue.dryRun,
                onConflict: input.queue.onConflict ?? "keep",
                queuedAt: new Date(),
              }
            : {}),
        },
      });
      await writeAuditEvent(tx, ctx, {
        action: "import.uploaded",
        target: { type: "import_batch", id: batch.id },
        metadata: { format, sizeBytes: size, sourceType: provenance.sourceType, queued: Boolean(input.queue) },
      });
      return updated;
    });
  } catch (error) {
    await db.importBatch.delete({ where: { id: batch.id } }).catch(() => undefined);
    throw error;
  }
}

async function readHeaders(
  db: Db,
  batchId: string,
  format: "csv" | "xlsx" | "vcard",
  dialect: { encoding: string; delimiter: string },
  head: Buffer,
) {
  try {
    // A CSV header row is in the first bytes; parsing the first stored piece instead took a
    // quarter of a second of the upload. XLSX (a zip) and vCard are read from the stored file.
    const headOnly = format === "csv" && head.includes(0x0a);
    const open = headOnly ? () => Readable.from([head]) : () => openStoredFile(db, batchId);
    const reader = await openReader(format, open, dialect);
    if (reader.headers.length === 0) throw new Error("no header row");
    return reader.headers;
  } catch (error) {
    // The user sees that the file is unreadable; the parser's own reason goes to the log.
    logger.warn("import file unreadable", { batchId, format, error });
    throw new AppError("INVALID_INPUT", "This file could not be read as CSV, XLSX or vCard.", {
      key: "imports.errors.unreadable",
      fields: [{ field: "file", message: "This file could not be read.", key: "imports.errors.unreadable" }],
    });
  }
}
