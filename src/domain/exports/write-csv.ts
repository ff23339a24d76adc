import { stringify } from "csv-stringify/sync";

/**
 * The one CSV writer for every export (portability, mailing print files, ...). Values in an export
 * come from people and other systems (a name, a consent statement, a user agent sent through the
 * API), and a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before
 * one) as a formula: CSV injection (OWASP). Every cell that could be read that way gets a leading
 * apostrophe, which keeps it text. UTF-8 with a byte-order mark, so Excel reads accents right.
 */
const FORMULA_START = /^[\s]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export type CsvCell = string | number | boolean | null | undefined;

export function neutraliseCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function writeCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return writeCsvPart(columns, rows, true);
}

/**
 * One part of a file written in parts (a streamed export): the first part carries the byte-order
 * mark and the header row, the others only their rows.
 */
export function writeCsvPart(
  columns: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  first: boolean,
): string {
  return stringify(
    rows.map((row) => row.map(neutraliseCell)),
    { header: first, columns: [...columns], bom: first },
  );
}
