import { parse } from "csv-parse";
import iconv from "iconv-lite";
import type { CsvDialect, ImportFileReader, OpenFile, ParsedRecord } from "./types";

/**
 * Streams a CSV file record by record: decoded (UTF-8, BOM or Windows-1252) and split by a
 * maintained parser (quoted fields, embedded newlines and delimiters), never held whole in memory.
 */
export async function readCsv(open: OpenFile, dialect: CsvDialect): Promise<ImportFileReader> {
  const parser = open()
    .pipe(iconv.decodeStream(dialect.encoding))
    .pipe(
      parse({
        delimiter: dialect.delimiter,
        bom: true,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
        info: true,
      }),
    );
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  const first = await iterator.next();
  const headers = first.done ? [] : first.value.record.map((h) => h.trim());
  async function* records(): AsyncGenerator<ParsedRecord> {
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) {
      if (r.value.record.every((c) => c.trim() === "")) continue;
      yield { line: r.value.info.lines, cells: r.value.record };
    }
  }
  return { headers, records: records() };
}
