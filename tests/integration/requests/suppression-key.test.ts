/**
 * The suppression list cannot be tested against a dictionary with a database dump alone: the salt
 * is in the database, the key is not (AUTH_SECRET). Entries from before are re-keyed in place.
 */
import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { suppressionHash } from "@/domain/contact-points/suppression-hash";
import { isSuppressed, suppressIdentifiers } from "@/features/requests/services/suppress-identifiers";
import { rekeySuppressionList } from "@/features/requests/services/rekey-suppression-list";

describe("suppression key", () => {
  it("stores nothing a dump's salt alone can reproduce", async () => {
    const db = await getDb();
    const address = `dump-${Date.now()}@voorbeeld.nl`;
    await db.$transaction((tx) => suppressIdentifiers(tx, [address], null));
    const { suppressionSalt } = await db.organisationSettings.findUniqueOrThrow({ where: { id: 1 } });
    const guess = suppressionHash(address, suppressionSalt);
    expect(await db.suppressionEntry.count({ where: { hash: guess } })).toBe(0);
    expect(await isSuppressed(db, address)).toBe(true);
  });

  it("re-keys entries written with the salt only, and they keep matching", async () => {
    const db = await getDb();
    const address = `legacy-${Date.now()}@voorbeeld.nl`;
    const { suppressionSalt } = await db.organisationSettings.findUniqueOrThrow({ where: { id: 1 } });
    await db.suppressionEntry.create({
      data: { hash: suppressionHash(address, suppressionSalt), kind: "email", keyVersion: 1 },
    });
    expect(await rekeySuppressionList(db)).toBeGreaterThanOrEqual(1);
    expect(await isSuppressed(db, address)).toBe(true);
    expect(await db.suppressionEntry.count({ where: { keyVersion: 1 } })).toBe(0);
    expect(await rekeySuppressionList(db)).toBe(0);
  });
});
