/**
 * A throwaway database on a PostgreSQL server, for test files and benchmarks: created empty, dropped
 * (even with open connections) when done. The server URL must name a user allowed to create databases.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

export type ScratchDatabase = { name: string; url: string; drop(): Promise<void> };

export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<ScratchDatabase> {
  // On a server shared with others, SCRATCH_DATABASE_PREFIX (e.g. "alice_") keeps your databases apart.
  const name = `${process.env.SCRATCH_DATABASE_PREFIX ?? ""}${prefix}_${randomBytes(6).toString("hex")}`;
  await adminStatement(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => adminStatement(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function adminStatement(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
