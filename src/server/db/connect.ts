/**
 * Opens the database the configuration names: an embedded PGlite (a real Postgres in-process, data
 * in a local folder) or a PostgreSQL server. Applies migrations, then returns a Prisma client on the
 * matching driver adapter. Free of `server-only` so that the CLI and tests connect the same way.
 */
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@generated/prisma/client";
import type { SqlDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import { applyMigrations, type SqlSession } from "./migrate";
import { oneQueryAtATimeInTransactions } from "./one-query-at-a-time";
import { CONNECTION_IDLE_SECONDS, CONNECTION_LIFETIME_SECONDS, statementName } from "./statement-names";

export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  /** `from`: start from a copy of a database (PGlite's dumpDataDir), instead of an empty one. */
  | { kind: "pglite"; dataDir: string; from?: Blob };

/**
 * Secrets are left out of every query by default; the few places that need one
 * ask for it explicitly and are named `unsafe...`. So is the mail logo (up to 200 KB): the settings
 * row is read on every eligibility decision, which needs none of it; the logo's own route selects it.
 */
function createClient(adapter: SqlDriverAdapterFactory) {
  return new PrismaClient({
    adapter,
    omit: {
      user: { passwordHash: true },
      apiKey: { hash: true },
      webhookEndpoint: { secret: true },
      organisationSettings: { mailLogo: true },
    },
  });
}
export type Db = ReturnType<typeof createClient>;
/** The client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export type Database = {
  prisma: Db;
  kind: DatabaseTarget["kind"];
  close(): Promise<void>;
};

export async function connectDatabase(target: DatabaseTarget, opts: { migrate?: boolean } = {}): Promise<Database> {
  return target.kind === "postgres" ? connectPostgres(target.url, opts) : connectPGlite(target, opts);
}

async function connectPGlite({ dataDir, from }: { dataDir: string; from?: Blob }, { migrate = true }) {
  const memory = dataDir === "memory://";
  if (!memory) mkdirSync(path.dirname(dataDir), { recursive: true });
  const releaseLock = memory ? () => {} : acquireDirectoryLock(dataDir);
  // Extensions the migrations create must be loaded into the embedded Postgres (PostgreSQL ships them).
  const extensions = { pg_trgm };
  const lite = memory
    ? new PGlite({ extensions, loadDataDir: from })
    : new PGlite(dataDir, { extensions, loadDataDir: from });
  await lite.waitReady;
  if (migrate) {
    const session: SqlSession = {
      query: async (sql, params) => (await lite.query(sql, params)).rows as never[],
      exec: async (sql) => void (await lite.exec(sql)),
    };
    await applyMigrations(session);
  }
  const prisma = createClient(new PrismaPGlite(lite));
  return {
    prisma,
    kind: "pglite" as const,
    async close() {
      await prisma.$disconnect();
      if (!lite.closed) await lite.close();
      releaseLock();
    },
  };
}

async function connectPostgres(url: string, { migrate = true }) {
  if (migrate) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const session: SqlSession = {
        query: async (sql, params) => (await client.query(sql, params)).rows,
        exec: async (sql) => void (await client.query(sql)),
      };
      await applyMigrations(session);
    } finally {
      await client.end();
    }
  }
  const pool = {
    connectionString: url,
    max: 10,
    maxLifetimeSeconds: CONNECTION_LIFETIME_SECONDS,
    idleTimeoutMillis: CONNECTION_IDLE_SECONDS * 1000,
    // An idle connection does not keep the process alive: a CLI command or script that is done
    // exits at once, as it did when idle connections closed after ten seconds.
    allowExitOnIdle: true,
  };
  // The adapter's type wants a name for every statement; `pg` runs one without a name (undefined)
  // as an unnamed statement, which is what statementName asks for with long parameter lists.
  const statementNameGenerator = statementName as (query: SqlQuery) => string;
  const prisma = createClient(oneQueryAtATimeInTransactions(new PrismaPg(pool, { statementNameGenerator })));
  return {
    prisma,
    kind: "postgres" as const,
    async close() {
      await prisma.$disconnect();
    },
  };
}

/**
 * PGlite has no lock of its own: two processes on one data folder corrupt it. A lock file holding
 * the owner's PID refuses a second process (e.g. the CLI while the server runs); a lock left by a
 * process that no longer exists is taken over.
 */
function acquireDirectoryLock(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  const take = () => writeFileSync(lockFile, String(process.pid), { flag: "wx" });
  try {
    take();
  } catch {
    const owner = Number(readFileSync(lockFile, "utf8").trim());
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${owner} (is Grondslag running?). ` +
          "Stop that process first, or run Grondslag on PostgreSQL (DATABASE_URL) to use several processes.",
      );
    }
    unlinkSync(lockFile);
    take();
  }
  const release = () => {
    try {
      if (readFileSync(lockFile, "utf8").trim() === String(process.pid)) unlinkSync(lockFile);
    } catch {
      /* already gone */
    }
  };
  process.once("exit", release);
  return release;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
