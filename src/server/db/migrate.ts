/**
 * Applies prisma/migrations at start-up, on PGlite and PostgreSQL alike, without Prisma's native
 * schema engine (which cannot be downloaded offline). Compatible with `prisma migrate deploy`: same
 * `_prisma_migrations` table, same checksum (sha256 of the file's bytes), same advisory lock, so an
 * operator can switch to the real CLI at any time.
 *
 * Safer than the wasm engine's applyMigrations: each migration runs in its own transaction and is
 * recorded only when it committed; a failed or edited migration stops start-up with a clear message.
 */
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The smallest SQL surface the runner needs; implemented over PGlite and over `pg`. */
export interface SqlSession {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  exec(sql: string): Promise<void>;
}

const PRISMA_ADVISORY_LOCK = 72707369;

export type MigrationReport = { applied: string[]; alreadyApplied: number };

export async function applyMigrations(db: SqlSession, dir = defaultMigrationsDir()): Promise<MigrationReport> {
  const files = listMigrations(dir);
  await db.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
  try {
    await db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const rows = await db.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
    }>(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`);
    const done = new Map(rows.filter((r) => !r.rolled_back_at).map((r) => [r.migration_name, r]));
    const applied: string[] = [];
    for (const m of files) {
      const row = done.get(m.name);
      if (row && !row.finished_at) {
        throw new Error(
          `Migration ${m.name} failed earlier and is marked unfinished. Fix the database, then mark it rolled back (prisma migrate resolve).`,
        );
      }
      if (row) {
        if (row.checksum !== m.checksum) {
          throw new Error(
            `Migration ${m.name} was edited after it was applied (checksum differs). Add a new migration instead of editing an applied one.`,
          );
        }
        continue;
      }
      await applyOne(db, m);
      applied.push(m.name);
    }
    return { applied, alreadyApplied: files.length - applied.length };
  } finally {
    await db.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]);
  }
}

async function applyOne(db: SqlSession, m: { name: string; sql: string; checksum: string }) {
  await db.exec("BEGIN");
  try {
    await db.exec(m.sql);
    await db.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 1)`,
      [randomUUID(), m.checksum, m.name],
    );
    await db.exec("COMMIT");
  } catch (error) {
    await db.exec("ROLLBACK");
    throw new Error(`Migration ${m.name} failed and was rolled back: ${(error as Error).message}`);
  }
}

function listMigrations(dir: string) {
  if (!existsSync(dir)) throw new Error(`No migrations folder at ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(path.join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    });
}

function defaultMigrationsDir() {
  return path.resolve(process.cwd(), "prisma/migrations");
}
