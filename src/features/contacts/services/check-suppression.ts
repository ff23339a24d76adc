import { suppressionEntryHash } from "@/server/suppression-key";
import type { SuppressionSalt } from "@/server/suppression-salt";
import type { Tx } from "@/server/db";

/**
 * Which of these e-mail addresses and phone numbers belong to an erased person: their salted hash
 * is on the suppression list (AVG art. 17; docs/law/erasure.md). Returns the matching entries with
 * the field each one came from.
 *
 * The caller always says where the salt comes from, and always takes it from
 * src/server/suppression-salt.ts: `() => readSuppressionSalt(tx)`, called here only when there is
 * something to look up (an empty list costs no read at all), or suppressionSaltOf over a settings
 * row it reads anyway (the sign-up reads the salt in the statement that reads its other settings,
 * so the check adds no round trip). Chosen over reading it here unless one was passed: one way to
 * get the salt, and a second read of the settings would show at the call.
 */
export async function findSuppressed(
  tx: Tx,
  identifiers: { field: string; value: string }[],
  salt: SuppressionSalt | (() => Promise<SuppressionSalt>),
): Promise<{ field: string; entryId: string }[]> {
  if (identifiers.length === 0) return [];
  const key = typeof salt === "function" ? await salt() : salt;
  const hashed = identifiers.map((i) => ({ ...i, hash: suppressionEntryHash(i.value, key) }));
  const entries = await tx.suppressionEntry.findMany({
    where: { hash: { in: hashed.map((h) => h.hash) } },
    select: { id: true, hash: true },
  });
  const byHash = new Map(entries.map((e) => [e.hash, e.id]));
  return hashed
    .filter((h) => byHash.has(h.hash))
    .map((h) => ({ field: h.field, entryId: byHash.get(h.hash) as string }));
}
