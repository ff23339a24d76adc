import { readCsv } from "./read-csv";
import { readVcard } from "./read-vcard";
import { readXlsx } from "./read-xlsx";
import type { CsvDialect, ImportFileReader, ImportFormat, OpenFile } from "./types";

export function openReader(format: ImportFormat, open: OpenFile, dialect: CsvDialect): Promise<ImportFileReader> {
  if (format === "xlsx") return readXlsx(open);
  if (format === "vcard") return readVcard(open);
  return readCsv(open, dialect);
}
