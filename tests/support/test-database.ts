/**
 * A real, empty, migrated database for one test file: an in-memory PGlite by default, or a fresh
 * database on the PostgreSQL server named by TEST_DATABASE_URL (created here, dropped afterwards).
 */
import { connectDatabase, type Database } from "@/server/db/connect";
import { createScratchDatabase } from "./scratch-database";

export type TestDatabase = Database & { name: string; drop(): Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const db = await connectDatabase({ kind: "pglite", dataDir: "memory://" });
    return { ...db, name: "memory://", drop: () => db.close() };
  }
  const scratch = await createScratchDatabase(serverUrl, "grondslag_test");
  const db = await connectDatabase({ kind: "postgres", url: scratch.url });
  return {
    ...db,
    name: scratch.name,
    async drop() {
      await db.close();
      await scratch.drop();
    },
  };
}
