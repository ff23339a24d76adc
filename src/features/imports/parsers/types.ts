import type { Readable } from "node:stream";

/** One data record of a file: its line (CSV line, sheet row, card start) and its cells. */
export type ParsedRecord = { line: number; cells: string[] };

export const IMPORT_FORMATS = ["csv", "xlsx", "vcard"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** How a CSV file is read, detected once from its first bytes and kept with the batch. */
export type CsvDialect = { encoding: string; delimiter: string };

/** A fresh stream of the file's bytes each time (the worker may read it again after a restart). */
export type OpenFile = () => Readable;

export interface ImportFileReader {
  headers: string[];
  records: AsyncIterable<ParsedRecord>;
}
