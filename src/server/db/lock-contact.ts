import type { SourceType } from "@/domain/vocabulary";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";

/**
 * Locks the contact row for the rest of the transaction, so that a concurrent erasure (AVG art.
 * 17) cannot delete the person between our check and our insert, and returns what the consent
 * rules need to know about them.
 */
export async function lockContact(tx: Tx, contactId: string) {
  const rows = await tx.$queryRaw<{ id: string; sourceType: string }[]>`
    SELECT id, "sourceType"::text AS "sourceType" FROM "Contact" WHERE id = ${contactId}::uuid FOR UPDATE`;
  if (rows.length === 0)
    throw new AppError("NOT_FOUND", "This contact does not exist (any more).", { key: "contacts.errors.notFound" });
  return rows[0] as { id: string; sourceType: SourceType };
}
