import { suppressionEntryHash } from "@/server/suppression-key";
import { readSuppressionSalt } from "@/server/suppression-salt";
import type { Tx } from "@/server/db";
import { normaliseIdentifier } from "@/domain/contact-points/normalise-identifier";
import { findSuppressed } from "@/features/contacts";

/**
 * Puts an erased person's e-mail addresses and phone numbers on the suppression list as keyed
 * hashes (see suppressionHash and keySuppressionHash: the key is outside the database), so that a later import or
 * enrichment cannot bring them back without a fresh, recorded basis (AVG art. 17; docs/law/erasure.md).
 * Values that are neither an e-mail address nor a phone number are skipped: a hash of garbage
 * would never match anything. Returns how many new entries were written (existing ones stay).
 */
export async function suppressIdentifiers(tx: Tx, values: (string | null | undefined)[], requestId: string | null) {
  const salt = await readSuppressionSalt(tx);
  const entries = new Map<string, { hash: string; kind: string; requestId: string | null }>();
  const plain = new Set<string>();
  for (const value of values) {
    if (!value) continue;
    const normalised = normaliseIdentifier(value);
    if (!normalised) continue;
    const hash = suppressionEntryHash(normalised.value, salt);
    plain.add(normalised.value);
    entries.set(hash, { hash, kind: normalised.kind, requestId });
  }
  if (entries.size === 0) return 0;
  const { count } = await tx.suppressionEntry.createMany({ data: [...entries.values()], skipDuplicates: true });
  await forgetDecisionsOfOthersWith(tx, [...plain]);
  return count;
}

/**
 * Whether an e-mail address or phone number, as written, belongs to an erased person: normalised
 * here, then looked up by findSuppressed, the one look-up every other check uses.
 */
export async function isSuppressed(tx: Tx, value: string): Promise<boolean> {
  const normalised = normaliseIdentifier(value);
  if (!normalised) return false;
  const identifier = { field: normalised.kind, value: normalised.value };
  return (await findSuppressed(tx, [identifier], () => readSuppressionSalt(tx))).length > 0;
}

/**
 * Another contact with the same address or number is now suppressed too (the engine reads the
 * list by identifier), so their stored decisions no longer hold. The list keeps only keyed hashes,
 * which the database cannot compute; the plain values are known here, in the erasure's transaction.
 */
async function forgetDecisionsOfOthersWith(tx: Tx, values: string[]) {
  await tx.$executeRaw`SELECT grondslag_forget_decisions(ARRAY(
    SELECT "contactId" FROM "EmailAddress" WHERE normalised = ANY(${values}::text[])
    UNION SELECT "contactId" FROM "PhoneNumber" WHERE e164 = ANY(${values}::text[])))`;
}
