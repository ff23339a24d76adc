/**
 * Once per run of the integration tier on the embedded database: one PGlite is created and migrated,
 * and its data directory is written to a file that every test file's database starts from
 * (tests/support/test-database.ts). Creating a PGlite from nothing runs Postgres' initdb, which costs
 * seconds per test file; a copy of a migrated one costs a fraction of that, and is the same database.
 * On PostgreSQL (TEST_DATABASE_URL set) each file creates and migrates its own database as before.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../src/server/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    /** The file holding a migrated PGlite data directory; "" on PostgreSQL. */
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide("pgliteTemplate", "");
    return;
  }
  const lite = new PGlite({ extensions: { pg_trgm } });
  await applyMigrations({
    query: async (sql, params) => (await lite.query(sql, params)).rows as never[],
    exec: async (sql) => void (await lite.exec(sql)),
  });
  const dump = await lite.dumpDataDir("none");
  await lite.close();
  const dir = mkdtempSync(path.join(tmpdir(), "grondslag-pglite-"));
  const file = path.join(dir, "migrated.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", file);
  return () => rmSync(dir, { recursive: true, force: true });
}
