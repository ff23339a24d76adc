import { cpSync, mkdtempSync, writeFileSync, appendFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { describe, expect, it } from "vitest";
import { applyMigrations, type SqlSession } from "@/server/db/migrate";

function session(lite: PGlite): SqlSession {
  return {
    query: async (sql, p) => (await lite.query(sql, p)).rows as never[],
    exec: async (sql) => void (await lite.exec(sql)),
  };
}

function copyOfMigrations() {
  const dir = mkdtempSync(path.join(tmpdir(), "grondslag-mig-"));
  cpSync(path.resolve("prisma/migrations"), dir, { recursive: true });
  return dir;
}

describe("migration runner", () => {
  it("applies every migration once and records it like prisma migrate deploy", async () => {
    const lite = new PGlite({ extensions: { pg_trgm } });
    const dir = copyOfMigrations();
    const first = await applyMigrations(session(lite), dir);
    const count = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).length;
    expect(first.applied).toHaveLength(count);
    const second = await applyMigrations(session(lite), dir);
    expect(second).toEqual({ applied: [], alreadyApplied: count });
    const rows = await lite.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
    );
    expect(rows.rows[0].n).toBe(count);
    await lite.close();
  });

  it("rolls back a failing migration, records nothing, and stops", async () => {
    const lite = new PGlite({ extensions: { pg_trgm } });
    const dir = copyOfMigrations();
    await applyMigrations(session(lite), dir);
    const bad = path.join(dir, "99990101000000_broken");
    cpSync(
      path.join(
        dir,
        readdirSync(dir).find((d) => d.endsWith("_init"))!,
      ),
      bad,
      { recursive: true },
    );
    writeFileSync(path.join(bad, "migration.sql"), `CREATE TABLE "Half" (id int);\nSELECT * FROM "does_not_exist";`);
    await expect(applyMigrations(session(lite), dir)).rejects.toThrow(
      /99990101000000_broken failed and was rolled back/,
    );
    const half = await lite.query(`SELECT to_regclass('"Half"') AS t`);
    expect((half.rows[0] as { t: unknown }).t).toBeNull();
    const recorded = await lite.query(
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`,
    );
    expect(recorded.rows).toHaveLength(0);
    await lite.close();
  });

  it("refuses to start when an applied migration was edited", async () => {
    const lite = new PGlite({ extensions: { pg_trgm } });
    const dir = copyOfMigrations();
    await applyMigrations(session(lite), dir);
    const init = readdirSync(dir).find((d) => d.endsWith("_init"))!;
    appendFileSync(path.join(dir, init, "migration.sql"), "\n-- edited\n");
    await expect(applyMigrations(session(lite), dir)).rejects.toThrow(/was edited after it was applied/);
    await lite.close();
  });
});
