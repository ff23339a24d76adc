/**
 * Where a decision run looks up suppression-list entries. One contact: from this instance's copy
 * of the list when the decision's own snapshot reads the copy's version, else a query for its
 * hashes. An audience: the whole list read once when it is small enough (it holds erased people
 * only), so that each page costs no query at all; and no hashing whatsoever when the list is empty.
 */
import type { Db } from "@/server/db";
import type { SuppressionRow } from "./fact-rows";
import { loadSuppressionEntries } from "./load-fact-rows";
import { hashStoredIdentifier } from "./suppression";

export type SuppressionSource = {
  hash: (normalised: string) => string;
  lookup: (hashes: string[]) => Promise<SuppressionRow[]>;
} | null;

type Query = Pick<Db, "$queryRaw">;

const PRELOAD_LIMIT = 250_000;

export function querySuppression(db: Query, salt: string | null): SuppressionSource {
  return salt
    ? {
        hash: (value: string) => hashStoredIdentifier(value, salt),
        lookup: (hashes) => loadSuppressionEntries(db, hashes),
      }
    : null;
}

export async function preloadSuppression(db: Query, salt: string | null): Promise<SuppressionSource> {
  if (!salt) return null;
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "SuppressionEntry"`;
  if (n === 0) return null;
  if (n > PRELOAD_LIMIT) return querySuppression(db, salt);
  const rows = await db.$queryRaw<SuppressionRow[]>`SELECT id, hash, "createdAt" FROM "SuppressionEntry"`;
  return fromMemory(new Map(rows.map((r) => [r.hash, r])), salt);
}

function fromMemory(byHash: Map<string, SuppressionRow>, salt: string): SuppressionSource {
  return {
    hash: (value: string) => hashStoredIdentifier(value, salt),
    lookup: async (hashes) => hashes.flatMap((h) => byHash.get(h) ?? []),
  };
}

/**
 * This instance's copy of the list, with the version it was read at (one statement, so one
 * snapshot); `byHash` null when the list was too long to keep. The version changes in the same
 * transaction as any change to the list (a trigger on SuppressionEntry), so a decision whose
 * snapshot reads the same version would read exactly these entries: the copy is never stale for
 * it, on any number of instances.
 */
type ListCopy = { version: string; byHash: Map<string, SuppressionRow> | null };
let copy: ListCopy | null = null;
let reading: Promise<void> | null = null;

/**
 * The list as a single decision's snapshot sees it, given the version that snapshot read: this
 * instance's copy when it is of that version, else the database's entries for the hashes asked
 * (and a fresh copy read in the background for the decisions after it). A single decision on the
 * API's hot path so sends two statements only in the moment after the list changed.
 */
export function suppressionAtVersion(db: Query, salt: string | null, version: string): SuppressionSource {
  if (!salt) return null;
  if (copy?.version === version && copy.byHash) return fromMemory(copy.byHash, salt);
  if (copy?.version !== version) readCopyInBackground(db);
  return querySuppression(db, salt);
}

function readCopyInBackground(db: Query): void {
  // Only on the pool's own client (a transaction's client has no $disconnect): a transaction's
  // client would read its own uncommitted entries, or be closed by the time the read is sent.
  if (reading || !("$disconnect" in db)) return;
  reading = readCopy(db)
    .then((read) => {
      copy = read;
    })
    // A failed read leaves the previous copy in place, and the next mismatch tries again; every
    // decision meanwhile looks its entries up, as it would without a copy.
    .catch(() => undefined)
    .finally(() => {
      reading = null;
    });
}

async function readCopy(db: Query): Promise<ListCopy> {
  const rows = await db.$queryRaw<(SuppressionRow & { version: string })[]>`
    SELECT v."version"::text AS "version", e.id, e.hash, e."createdAt"
    FROM "SuppressionListVersion" v LEFT JOIN "SuppressionEntry" e ON true
    WHERE v.id = 1
    LIMIT ${PRELOAD_LIMIT + 1}`;
  const version = rows[0]?.version;
  if (version === undefined) throw new Error("The suppression list's version row is missing.");
  if (rows.length > PRELOAD_LIMIT) return { version, byHash: null };
  const entries = rows.filter((r) => r.hash !== null);
  return { version, byHash: new Map(entries.map(({ id, hash, createdAt }) => [hash, { id, hash, createdAt }])) };
}

/** Settles when the copy being read, if any, is in place (for tests, which must not wait on time). */
export function suppressionCopySettled(): Promise<void> {
  return reading ?? Promise.resolve();
}
