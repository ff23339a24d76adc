import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { loadFactRows, loadFactRowsPerTable, ONE_TRIP_MAX } from "@/features/outreach/services/load-fact-rows";
import { loadFactRowsOneTrip } from "@/features/outreach/services/load-fact-rows-one-trip";
import type { FactRows } from "@/features/outreach/services/fact-rows";
import { createContactWithConsent, createContactWithWithdrawnConsent } from "../../factories/consents";
import { createPurpose } from "../../factories/outreach";

/** The loaders send the contact ids as one array literal when they are plain UUIDs and look each
 *  id up once: however the caller spells or repeats an id, the rows are the same, once each. */
describe("fact loaders and the ids they are given", () => {
  it("return each row once, whether ids repeat, are spelled in capitals or without hyphens, or come with unknown ids", async () => {
    const db = await getDb();
    const purpose = await createPurpose(db);
    const a = (await createContactWithConsent(db, purpose.key, { contact: { phones: [{}], postal: true } })).contact;
    const b = (await createContactWithWithdrawnConsent(db, purpose.key)).contact;
    const sorted = (rows: FactRows) =>
      Object.fromEntries(
        Object.entries(rows).map(([k, v]) => [
          k,
          [...(v as { id: string }[])].sort((x, y) => x.id.localeCompare(y.id)),
        ]),
      );
    const expected = sorted(await loadFactRowsPerTable(db, [a.id, b.id]));
    expect(expected.emails).toHaveLength(2);
    expect(expected.consents.length).toBeGreaterThanOrEqual(3);

    const spellings = [
      [a.id, a.id, b.id, b.id],
      [a.id.toUpperCase(), b.id],
      [a.id.replace(/-/g, ""), b.id],
    ];
    for (const ids of spellings) {
      expect(sorted(await loadFactRowsPerTable(db, ids))).toEqual(expected);
      expect(sorted(await loadFactRowsOneTrip(db, ids))).toEqual(expected);
    }
    // More ids than one trip takes: loadFactRows uses the per-table loader; unknown ids add nothing.
    const many = [a.id, b.id, ...Array.from({ length: ONE_TRIP_MAX + 10 }, () => randomUUID())];
    expect(sorted(await loadFactRows(db, many))).toEqual(expected);
  });
});
