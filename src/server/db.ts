import "server-only";
import { env } from "./env";
import { connectDatabase, type Database, type Db } from "./db/connect";

export type { Db, Tx } from "./db/connect";

/**
 * The one database handle of this process. Kept on globalThis because Next.js may load this module
 * in more than one bundle (instrumentation, route handlers, server actions) and PGlite allows only
 * one instance per data folder.
 */
const globalForDb = globalThis as unknown as { grondslagDb?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  return (globalForDb.grondslagDb ??= connectDatabase(env.database).catch((error) => {
    globalForDb.grondslagDb = undefined;
    throw error;
  }));
}

/** The Prisma client. Migrations have been applied when this resolves. */
export async function getDb(): Promise<Db> {
  return (await getDatabase()).prisma;
}

export async function closeDatabase(): Promise<void> {
  const pending = globalForDb.grondslagDb;
  globalForDb.grondslagDb = undefined;
  if (pending) await (await pending).close();
}
