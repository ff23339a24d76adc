import ExcelJS from "exceljs";
import type { ImportFileReader, OpenFile, ParsedRecord } from "./types";

/**
 * Streams the first worksheet of an XLSX file row by row with exceljs's streaming reader: the
 * header row first, then the data rows with their sheet row numbers.
 */
export async function readXlsx(open: OpenFile): Promise<ImportFileReader> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(open(), {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache", // dates are numbers with a date format: the styles tell them apart
    worksheets: "emit",
  });
  const rows = firstSheetRows(workbook);
  const first = await rows.next();
  const headers = first.done ? [] : first.value.cells.map((h) => h.trim());
  async function* records(): AsyncGenerator<ParsedRecord> {
    for (let r = await rows.next(); !r.done; r = await rows.next()) {
      if (r.value.cells.every((c) => c.trim() === "")) continue;
      yield r.value;
    }
  }
  return { headers, records: records() };
}

async function* firstSheetRows(workbook: ExcelJS.stream.xlsx.WorkbookReader): AsyncGenerator<ParsedRecord> {
  for await (const sheet of workbook) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      yield { line: row.number, cells: Array.from(values, cellText) };
    }
    return; // only the first sheet: others are usually notes or lookups
  }
}

/** Spreadsheet cells are numbers, dates, rich text, links or formulas; the import reads text. */
export function cellText(value: unknown): string {
  if (value == null) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    const v = value as { text?: unknown; richText?: { text: string }[]; result?: unknown; hyperlink?: string };
    if (Array.isArray(v.richText)) return v.richText.map((t) => t.text).join("");
    if (v.result !== undefined) return cellText(v.result);
    if (typeof v.text === "string") return v.text;
    if (typeof v.text === "object") return cellText(v.text);
    return "";
  }
  return String(value);
}
