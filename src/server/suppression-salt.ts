import type { Tx } from "./db";

/**
 * The installation's suppression salt (OrganisationSettings row 1, column suppressionSalt): the
 * database half of a suppression-list entry (AVG art. 17; the other half is the key in
 * suppression-key.ts). Every reader of the list takes it from here, so that all hash with the
 * same value, read the same way.
 */
declare const brand: unique symbol;

/** The salt as stored. Only this module makes one: a lookup cannot be keyed with a string from elsewhere. */
export type SuppressionSalt = string & { readonly [brand]: "SuppressionSalt" };

/**
 * The salt from a settings row that selected suppressionSalt beside other columns: a caller that
 * reads settings anyway gets the salt in the same statement, not in a second round trip. Without a
 * row it is "": hashing refuses it (better no entry than one nobody can match), and the outreach
 * rules read it as no list.
 */
export function suppressionSaltOf(row: { suppressionSalt: string } | null | undefined): SuppressionSalt {
  return (row?.suppressionSalt ?? "") as SuppressionSalt;
}

/** The salt on its own, for a caller that reads no other settings. */
export async function readSuppressionSalt(db: Pick<Tx, "organisationSettings">): Promise<SuppressionSalt> {
  return suppressionSaltOf(
    await db.organisationSettings.findUnique({ where: { id: 1 }, select: { suppressionSalt: true } }),
  );
}
