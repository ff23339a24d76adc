import type { Tx } from "@/server/db";

export type Column = { name: string; type: string };

/**
 * One INSERT for many rows: each column travels as one array parameter and `unnest` turns them
 * back into rows, so a chunk of thousands of records costs one round trip and no per-row query
 * building (Prisma's createMany builds and compiles the whole payload, which dominated imports).
 * Values are strings or null; `type` is the PostgreSQL type each column is cast to.
 */
export async function bulkInsert(tx: Tx, table: string, columns: Column[], rows: (string | null)[][]) {
  if (rows.length === 0) return 0;
  const names = columns.map((c) => `"${c.name}"`).join(", ");
  const arrays = columns.map((c, i) => `$${i + 1}::text[]::${c.type}[]`).join(", ");
  const params = columns.map((_, i) => rows.map((r) => r[i]));
  return tx.$executeRawUnsafe(`INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`, ...params);
}
