/**
 * findSuppressed is the one look-up of the suppression list. Given a function that reads the salt,
 * it reads it only when there is something to look up: its callers check nothing themselves.
 */
import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { readSuppressionSalt } from "@/server/suppression-salt";
import { findSuppressed } from "@/features/contacts";
import { isSuppressed } from "@/features/requests/services/suppress-identifiers";
import { suppressIdentifier, uniq } from "../../factories/contacts";

describe("findSuppressed", () => {
  it("reads the salt only when there is something to look up", async () => {
    const db = await getDb();
    let reads = 0;
    const salt = () => {
      reads++;
      return readSuppressionSalt(db);
    };
    expect(await findSuppressed(db, [], salt)).toEqual([]);
    expect(reads).toBe(0);

    const erased = `erased.${uniq()}@example.nl`;
    const entry = await suppressIdentifier(db, erased);
    const found = await findSuppressed(
      db,
      [
        { field: "emails.0.address", value: `other.${uniq()}@example.nl` },
        { field: "emails.1.address", value: erased },
      ],
      salt,
    );
    expect(found).toEqual([{ field: "emails.1.address", entryId: entry.id }]);
    expect(reads).toBe(1);
  });

  it("answers isSuppressed for a value as written, through the same look-up", async () => {
    const db = await getDb();
    const erased = `erased.${uniq()}@example.nl`;
    await suppressIdentifier(db, erased);
    expect(await isSuppressed(db, `  ${erased.toUpperCase()} `)).toBe(true);
    expect(await isSuppressed(db, `someone.${uniq()}@example.nl`)).toBe(false);
    expect(await isSuppressed(db, "not an address")).toBe(false);
  });
});
