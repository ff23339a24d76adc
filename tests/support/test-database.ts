/**
 * A real, empty, migrated database for one test file: an in-memory PGlite by default, or a fresh
 * database on the PostgreSQL server named by TEST_DATABASE_URL (created here, dropped afterwards).
 */
import { readFileSync } from "node:fs";
import { inject } from "vitest";
import { connectDatabase, type Database } from "@/server/db/connect";
import { createScratchDatabase } from "./scratch-database";

export type TestDatabase = Database & { name: string; drop(): Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    // A copy of the migrated database the tier's global setup made (tests/integration/global-setup.ts).
    const template = inject("pgliteTemplate");
    const from = template ? new Blob([readFileSync(template)]) : undefined;
    const db = await connectDatabase({ kind: "pglite", dataDir: "memory://", from });
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
