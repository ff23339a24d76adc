/**
 * Each integration test file gets its own real database (never a Prisma mock), installed as the
 * app's database handle so that services under test use it exactly as in production.
 */
import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
// The API gate calls the authenticator the api-keys feature registers at start-up.
import "@/features/api-keys/register";

let database: TestDatabase | undefined;
const holder = globalThis as unknown as { grondslagDb?: Promise<unknown>; grondslagTestDb?: TestDatabase };

beforeAll(async () => {
  database = await createTestDatabase();
  holder.grondslagDb = Promise.resolve(database);
  holder.grondslagTestDb = database;
});

afterAll(async () => {
  holder.grondslagDb = undefined;
  await database?.drop();
});
