import { writeCsv } from "@/domain/exports/write-csv";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * The portability export as ONE CSV file in long form (subject, table, row, field, value): every
 * table of the JSON export fits the same four columns, so one file holds all of it and any
 * spreadsheet or script can pivot it back. Nested objects become dotted field names; arrays of
 * scalars are joined with "|"; attachment bytes and consent receipts stay in the JSON only.
 */
export function portabilityCsv(
  subjects: readonly object[],
  skip: readonly string[] = ["consentReceipts", "consentRecordsIso27560"],
): string {
  const out: string[][] = [];
  subjects.forEach((subject, s) => {
    for (const [table, value] of Object.entries(JSON.parse(JSON.stringify(subject)) as Record<string, Json>)) {
      if (skip.includes(table) || value === null) continue;
      const rows = Array.isArray(value) ? value : [value];
      rows.forEach((row, r) => {
        for (const [field, cell] of flatten(row, "")) out.push([String(s + 1), table, String(r + 1), field, cell]);
      });
    }
  });
  return writeCsv(["subject", "table", "row", "field", "value"], out);
}

function flatten(value: Json, prefix: string): [string, string][] {
  if (value === null || typeof value !== "object") return [[prefix || "value", value === null ? "" : String(value)]];
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== "object"))
      return [[prefix || "value", value.map((v) => String(v ?? "")).join("|")]];
    return value.flatMap((v, i) => flatten(v, `${prefix}[${i}]`));
  }
  return Object.entries(value)
    .filter(([key]) => key !== "dataBase64")
    .flatMap(([key, v]) => flatten(v, prefix ? `${prefix}.${key}` : key));
}
