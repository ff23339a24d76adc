import { createHmac } from "node:crypto";
import type { CountryCode } from "libphonenumber-js/max";
import { normaliseIdentifier } from "./normalise-identifier";

/** Shorter secrets are guessable; the key is what keeps the list from being reversed. */
export const MIN_SUPPRESSION_SALT_LENGTH = 16;

/**
 * The suppression-list entry for an erased person's e-mail address or phone number:
 * HMAC-SHA256 keyed with the installation's secret salt over the normalised identifier, hex.
 *
 * Why a keyed hash: after erasure (AVG art. 17) we must still recognise the person so that an
 * import or enrichment does not bring them back, without keeping their data. A plain SHA-256 of
 * an e-mail address does not achieve that: addresses are guessable (firstname@company.nl), so
 * anyone holding the list can hash a dictionary of candidates and find the matches; hashing is
 * pseudonymisation, not anonymisation. The salt is stored in the database (OrganisationSettings),
 * so this hash alone does not protect a dump: the stored entry is this hash keyed once more with a
 * key derived from AUTH_SECRET, outside the database (src/server/suppression-key.ts). The salt must
 * be the same for the whole installation and must never change, or existing entries stop matching.
 *
 * Normalising first makes "Jan@Bedrijf.nl " and "jan@bedrijf.nl", or "06 12345678" and
 * "+31612345678", the same entry. Throws on a missing/short salt or an identifier that is
 * neither: silently hashing garbage would produce an entry that never matches.
 *
 * Server-only (node:crypto); keep it out of client bundles.
 */
export function suppressionHash(identifier: string, salt: string, defaultCountry: CountryCode = "NL"): string {
  assertSalt(salt);
  const normalised = normaliseIdentifier(identifier, defaultCountry);
  if (normalised === null) {
    throw new Error("suppressionHash: the identifier is neither an e-mail address nor a phone number");
  }
  return suppressionHashOfNormalised(normalised.value, salt);
}

/**
 * The same hash for an identifier already normalised (an e-mail address as normaliseEmail leaves
 * it, a phone number in E.164): an import has normalised every row before it asks the list, and
 * normalising a hundred thousand numbers twice is most of an import's hashing time.
 */
export function suppressionHashOfNormalised(normalised: string, salt: string): string {
  assertSalt(salt);
  return createHmac("sha256", salt).update(normalised, "utf8").digest("hex");
}

function assertSalt(salt: string) {
  if (typeof salt !== "string" || salt.length < MIN_SUPPRESSION_SALT_LENGTH) {
    throw new Error(`suppressionHash: the salt must be a secret of at least ${MIN_SUPPRESSION_SALT_LENGTH} characters`);
  }
}
