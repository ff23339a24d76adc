import type { TestDatabase } from "./test-database";

/** The current test file's database (see tests/integration/setup.ts). */
export function testDb() {
  const db = (globalThis as unknown as { grondslagTestDb?: TestDatabase }).grondslagTestDb;
  if (!db) throw new Error("No test database: is this an integration test?");
  return db.prisma;
}
