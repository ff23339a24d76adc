/**
 * Counts the SQL statements a piece of work sends to the database, on either database a test runs
 * on: each statement the driver adapters hand to PGlite (`PGlite.query`) or to a `pg` connection
 * (`Client.query`, which the pool's connections use too) is one. Statements inside a PGlite
 * transaction go through the transaction's own `query` and are not counted: use it on work outside
 * a transaction. Nothing else may use the database while it counts.
 */
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

type Query = (...args: unknown[]) => unknown;

export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const targets = [PGlite.prototype, pg.Client.prototype] as unknown as { query: Query }[];
  const originals = targets.map((t) => t.query);
  targets.forEach((t, i) => {
    const original = originals[i];
    t.query = function (this: unknown, ...args: unknown[]) {
      const q = args[0];
      statements.push(typeof q === "string" ? q : String((q as { text?: string }).text));
      return original.apply(this, args);
    };
  });
  try {
    return { result: await work(), statements };
  } finally {
    targets.forEach((t, i) => (t.query = originals[i]));
  }
}
