/**
 * Where a decision run looks up suppression-list entries. One contact: a query for its hashes.
 * An audience: the whole list read once when it is small enough (it holds erased people only), so
 * that each page costs no query at all; and no hashing whatsoever when the list is empty.
 */
import type { Db } from "@/server/db";
import type { SuppressionRow } from "./fact-rows";
import { loadSuppressionEntries } from "./load-fact-rows";
import { hashStoredIdentifier } from "./suppression";

export type SuppressionSource = {
  hash: (normalised: string) => string;
  lookup: (hashes: string[]) => Promise<SuppressionRow[]>;
} | null;

const PRELOAD_LIMIT = 250_000;

export function querySuppression(db: Pick<Db, "$queryRaw">, salt: string | null): SuppressionSource {
  return salt
    ? {
        hash: (value: string) => hashStoredIdentifier(value, salt),
        lookup: (hashes) => loadSuppressionEntries(db, hashes),
      }
    : null;
}

export async function preloadSuppression(db: Pick<Db, "$queryRaw">, salt: string | null): Promise<SuppressionSource> {
  if (!salt) return null;
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "SuppressionEntry"`;
  if (n === 0) return null;
  if (n > PRELOAD_LIMIT) return querySuppression(db, salt);
  const rows = await db.$queryRaw<SuppressionRow[]>`SELECT id, hash, "createdAt" FROM "SuppressionEntry"`;
  const byHash = new Map(rows.map((r) => [r.hash, r]));
  return {
    hash: (value: string) => hashStoredIdentifier(value, salt),
    lookup: async (hashes) => hashes.flatMap((h) => byHash.get(h) ?? []),
  };
}
