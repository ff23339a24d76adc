import type { Db } from "@/server/db";
import { openReader } from "../parsers/open-reader";
import type { ImportFormat } from "../parsers/types";
import { openStoredFile } from "./import-file";

/** The first rows of an uploaded file, shown beside the column mapping so the user can check it. */
export async function readSample(
  db: Db,
  batch: { id: string; format: string; encoding: string; delimiter: string },
  rows = 3,
): Promise<string[][]> {
  const reader = await openReader(batch.format as ImportFormat, () => openStoredFile(db, batch.id), batch);
  const out: string[][] = [];
  for await (const r of reader.records) {
    out.push(r.cells.map((c) => c.slice(0, 80)));
    if (out.length >= rows) break;
  }
  return out;
}
