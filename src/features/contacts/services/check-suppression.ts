import { suppressionEntryHash } from "@/server/suppression-key";
import type { Tx } from "@/server/db";

/**
 * Which of these e-mail addresses and phone numbers belong to an erased person: their salted hash
 * is on the suppression list (AVG art. 17; docs/law/erasure.md). Returns the matching entries with
 * the field each one came from.
 */
export async function findSuppressed(
  tx: Tx,
  identifiers: { field: string; value: string }[],
  /** The organisation's suppression salt, when the caller read it already (a round trip less). */
  knownSalt?: string,
): Promise<{ field: string; entryId: string }[]> {
  if (identifiers.length === 0) return [];
  const salt =
    knownSalt ??
    (await tx.organisationSettings.findUnique({ where: { id: 1 }, select: { suppressionSalt: true } }))
      ?.suppressionSalt ??
    "";
  const hashed = identifiers.map((i) => ({ ...i, hash: suppressionEntryHash(i.value, salt) }));
  const entries = await tx.suppressionEntry.findMany({
    where: { hash: { in: hashed.map((h) => h.hash) } },
    select: { id: true, hash: true },
  });
  const byHash = new Map(entries.map((e) => [e.hash, e.id]));
  return hashed
    .filter((h) => byHash.has(h.hash))
    .map((h) => ({ field: h.field, entryId: byHash.get(h.hash) as string }));
}
