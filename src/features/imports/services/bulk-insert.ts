import type { Tx } from "@/server/db";

export type BulkValue = string | number | boolean | Date | null;

/**
 * One INSERT for many rows: the rows travel as one JSON document and `json_populate_recordset`
 * turns them back into rows of the table's own type, so the database casts every value (uuid,
 * enum, timestamptz) exactly as for a normal insert. One round trip per chunk. Prisma's
 * createMany, and arrays of values per column, both spent more time serialising thousands of
 * parameters than the database spent inserting them. Values shared by every row (the batch, the
 * time) are sent once, in `shared`, and fill the columns a row leaves out.
 * Only the named columns are written (other keys are ignored); the others take their defaults.
 */
export async function bulkInsert(
  tx: Tx,
  table: string,
  columns: string[],
  rows: Record<string, BulkValue>[],
  shared: Record<string, BulkValue> = {},
) {
  if (rows.length === 0) return 0;
  const names = columns.map((c) => `"${c}"`).join(", ");
  const base = `json_populate_record(NULL::"${table}", $2::json)`;
  return tx.$executeRawUnsafe(
    `INSERT INTO "${table}" (${names}) SELECT ${names} FROM json_populate_recordset(${base}, $1::json)`,
    JSON.stringify(rows),
    JSON.stringify(shared),
  );
}
