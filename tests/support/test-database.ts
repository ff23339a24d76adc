/**
 * A real, empty, migrated database for one test file: an in-memory PGlite by default, or a fresh
 * database on the PostgreSQL server named by TEST_DATABASE_URL (created here, dropped afterwards).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { connectDatabase, type Database } from "@/server/db/connect";

export type TestDatabase = Database & { name: string; drop(): Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const db = await connectDatabase({ kind: "pglite", dataDir: "memory://" });
    return { ...db, name: "memory://", drop: () => db.close() };
  }
  const name = `grondslag_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await connectDatabase({ kind: "postgres", url: url.toString() });
  return {
    ...db,
    name,
    async drop() {
      await db.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function adminQuery(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
