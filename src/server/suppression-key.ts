import { createHmac, createSecretKey, hkdfSync, type KeyObject } from "node:crypto";
import { suppressionHash, suppressionHashOfNormalised } from "@/domain/contact-points/suppression-hash";
import { env } from "./env";

/**
 * The secret half of a suppression-list entry (AVG art. 17). An entry used to be HMAC(salt, id)
 * with the salt stored in OrganisationSettings, next to the entries: a database dump was enough to
 * test a dictionary of addresses against the list. An entry is now HMAC(K, HMAC(salt, id)), with K
 * derived from AUTH_SECRET (HKDF, like the token keys), which lives outside the database. Wrapping
 * the old hash (rather than replacing it) is what lets existing entries be re-keyed without knowing
 * the addresses they stand for (rekeySuppressionList). Changing AUTH_SECRET makes the list stop
 * matching, like every signed link.
 */
const globalForKey = globalThis as unknown as { grondslagSuppressionKey?: KeyObject };

function suppressionKey(): KeyObject {
  return (globalForKey.grondslagSuppressionKey ??= createSecretKey(
    Buffer.from(hkdfSync("sha256", env.authSecret, "grondslag/suppression", "key:suppression-list/v2", 32)),
  ));
}

/** The stored entry for a salted hash (suppressionHash or hashStoredIdentifier). */
export function keySuppressionHash(saltedHash: string): string {
  return createHmac("sha256", suppressionKey()).update(saltedHash, "utf8").digest("hex");
}

/** Key version of entries written now; version 1 (salt only) is re-keyed at start-up. */
export const SUPPRESSION_KEY_VERSION = 2;

/**
 * The suppression-list entry for an e-mail address or phone number as typed (normalised first):
 * the one derivation every writer and reader of the list uses, so that an erased person is
 * recognised wherever they try to come back (the contact form, the API, an import).
 */
export function suppressionEntryHash(identifier: string, salt: string): string {
  return keySuppressionHash(suppressionHash(identifier, salt));
}

/** suppressionEntryHash for an identifier the caller has already normalised (an import's rows). */
export function suppressionEntryHashOfNormalised(normalised: string, salt: string): string {
  return keySuppressionHash(suppressionHashOfNormalised(normalised, salt));
}
