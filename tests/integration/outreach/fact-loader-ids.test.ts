import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { loadFactRows, loadFactRowsPerTable, ONE_TRIP_MAX } from "@/features/outreach/services/load-fact-rows";
import { loadFactRowsOneTrip } from "@/features/outreach/services/load-fact-rows-one-trip";
import type { FactRows } from "@/features/outreach/services/fact-rows";
import { createContactWithConsent, createContactWithWithdrawnConsent } from "../../factories/consents";
import { createContactWithObjection, createPurpose } from "../../factories/outreach";

const sorted = (rows: FactRows) =>
  Object.fromEntries(
    Object.entries(rows).map(([k, v]) => [k, [...(v as { id: string }[])].sort((x, y) => x.id.localeCompare(y.id))]),
  ) as FactRows;

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

/** A batch that is every contact in its id range (a page of an unfiltered audience) is read by id
 *  range; any other batch is looked up contact by contact. Both must give the batch's rows exactly. */
describe("fact loader reading by id range", () => {
  it("gives the same rows as looking each contact up, and none of contacts in the range but not in the batch", async () => {
    const db = await getDb();
    const purpose = await createPurpose(db);
    await createContactWithConsent(db, purpose.key, { contact: { phones: [{}], postal: true } });
    await createContactWithWithdrawnConsent(db, purpose.key);
    await createContactWithObjection(db, purpose.key);
    await db.$executeRaw`WITH c AS (
        INSERT INTO "Contact" (id, "firstName", "lastName", "sourceType", "collectedAt", "searchName", "updatedAt")
        SELECT gen_random_uuid(), 'Range', 'Contact ' || g, 'business_card', now(), 'range contact ' || g, now()
        FROM generate_series(1, ${ONE_TRIP_MAX + 20}::int) g RETURNING id)
      INSERT INTO "EmailAddress" (id, "contactId", address, normalised, kind)
      SELECT gen_random_uuid(), id, id || '@example.nl', id || '@example.nl', 'personal' FROM c`;
    const all = (await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Contact" ORDER BY id`).map((r) => r.id);
    const ranged = () => {
      const statements: string[] = [];
      const spy = {
        $queryRaw: (query: { text?: string } | TemplateStringsArray, ...values: unknown[]) => {
          statements.push(Array.isArray(query) ? query.join("?") : ((query as { text?: string }).text ?? ""));
          return (db.$queryRaw as (...args: unknown[]) => Promise<unknown>)(query, ...values);
        },
      } as unknown as Pick<Db, "$queryRaw">;
      return { spy, byRange: () => statements.some((s) => s.includes(`"contactId" BETWEEN`)) };
    };
    // Hyphen-less ids are always looked up one by one: the reference.
    const lookedUp = async (ids: string[]) =>
      sorted(
        await loadFactRowsPerTable(
          db,
          ids.map((id) => id.replace(/-/g, "")),
        ),
      );

    // The whole range.
    const whole = ranged();
    const rows = sorted(await loadFactRowsPerTable(whole.spy, all));
    expect(whole.byRange()).toBe(true);
    expect(rows.emails.length).toBeGreaterThan(ONE_TRIP_MAX + 20);
    expect(rows).toEqual(await lookedUp(all));

    // Two contacts left out (one of them with a consent): read by range, their rows dropped.
    const withConsent = rows.consents[0].contactId;
    const batch = all.filter((id, i) => id !== withConsent && i !== 30);
    const most = ranged();
    const mostRows = sorted(await loadFactRowsPerTable(most.spy, batch));
    expect(most.byRange()).toBe(true);
    expect(mostRows).toEqual(await lookedUp(batch));
    expect(mostRows.consents.some((c) => c.contactId === withConsent)).toBe(false);

    // Every other contact: too sparse for the range, looked up one by one.
    const sparse = all.filter((_, i) => i % 2 === 0);
    const half = ranged();
    expect(sorted(await loadFactRowsPerTable(half.spy, sparse))).toEqual(await lookedUp(sparse));
    expect(half.byRange()).toBe(false);
  });
});
