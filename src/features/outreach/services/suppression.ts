/**
 * Suppression list (AVG art. 17): an erased person's e-mail address or phone number, kept only as
 * a keyed hash, may not come back through an import or enrichment without a fresh, recorded basis.
 */
import { createHmac } from "node:crypto";
import { keySuppressionHash } from "@/server/suppression-key";
import { MIN_SUPPRESSION_SALT_LENGTH } from "@/domain/contact-points/suppression-hash";
import type { ContactRow, GroupedRows, SuppressionRow } from "./fact-rows";

/**
 * The same entry as suppressionHash() + keySuppressionHash(), over a value that is already in canonical form
 * (EmailAddress.normalised, PhoneNumber.e164). Re-parsing every stored number with
 * libphonenumber would cost seconds on a large audience and give the same string.
 */
export function hashStoredIdentifier(normalised: string, salt: string): string {
  return keySuppressionHash(createHmac("sha256", salt).update(normalised, "utf8").digest("hex"));
}

export function usableSalt(salt: string | null | undefined): string | null {
  return salt && salt.length >= MIN_SUPPRESSION_SALT_LENGTH ? salt : null;
}

/** Hashes of every identifier of the given contacts, mapped to the contact they belong to. */
export function identifierHashes(
  g: GroupedRows,
  contactIds: string[],
  hash: (normalised: string) => string,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of contactIds) {
    for (const e of g.emails.get(id) ?? []) out.set(hash(e.normalised), id);
    for (const p of g.phones.get(id) ?? []) out.set(hash(p.e164), id);
  }
  return out;
}

/**
 * The entry that still suppresses a contact at `at`: listed by then, and no basis recorded after
 * the listing (a consent grant, a legal basis, a customer relationship) — the "fresh, recorded
 * basis" that lets a person come back.
 */
export function activeSuppression(
  contact: ContactRow,
  g: GroupedRows,
  entries: SuppressionRow[],
  at: Date,
): SuppressionRow | null {
  const listed = entries.filter((e) => e.createdAt.getTime() <= at.getTime());
  if (listed.length === 0) return null;
  const latest = listed.reduce((a, b) => (a.createdAt > b.createdAt ? a : b));
  const since = latest.createdAt.getTime();
  const within = (d: Date) => d.getTime() > since && d.getTime() <= at.getTime();
  const fresh =
    (g.consents.get(contact.id) ?? []).some((c) => c.action === "granted" && within(c.recordedAt)) ||
    (g.bases.get(contact.id) ?? []).some((b) => within(b.createdAt)) ||
    (g.relationships.get(contact.id) ?? []).some((r) => within(r.createdAt));
  return fresh ? null : latest;
}
