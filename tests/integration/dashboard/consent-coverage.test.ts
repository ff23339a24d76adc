/**
 * The dashboard's consent coverage against two references: counts worked out by hand for a small
 * set of contacts, each built for one edge of the rules (a withdrawal at the same instant as the
 * grant, an invalidating record, a relationship or legal basis that ends exactly now), and, for
 * random histories, the per-contact statement the coverage was first written as. That statement
 * asks every contact about every purpose, which is too slow for the product at a million contacts
 * but says the rules plainly; the set-based one must give the same counts for any data.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { Prisma } from "@generated/prisma/client";
import { getDb, type Db } from "@/server/db";
import {
  COVERAGE_CATEGORIES,
  getConsentCoverage,
  type CoverageCategory,
} from "@/features/dashboard/services/get-chart-data";
import { createPurpose } from "../../factories/outreach";

const NOW = new Date("2026-09-15T12:00:00.000Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

type Facts = {
  consents?: { purposeId: string; action: "granted" | "withdrawn"; effectiveAt: Date; invalidates?: boolean }[];
  customers?: { until: Date | null }[];
  designated?: boolean;
  bases?: { purposeId: string; basis: "legitimate_interest" | "contract"; until: Date | null }[];
};

/** Writes contacts with exactly these facts, directly: the services refuse some of these states. */
async function insertContacts(all: Facts[]) {
  const ids = all.map(() => randomUUID());
  await db.contact.createMany({
    data: ids.map((id, i) => ({
      id,
      firstName: "Dekking",
      lastName: `Contact ${i}`,
      sourceType: "business_card",
      collectedAt: at(-100 * 24 * 60),
      searchName: `dekking contact ${i}`,
    })),
  });
  await db.emailAddress.createMany({
    data: all.flatMap((f, i) => [
      {
        contactId: ids[i],
        address: `${ids[i]}@example.nl`,
        normalised: `${ids[i]}@example.nl`,
        kind: "personal" as const,
      },
      ...(f.designated
        ? [
            {
              contactId: ids[i],
              address: `inkoop.${ids[i]}@example.nl`,
              normalised: `inkoop.${ids[i]}@example.nl`,
              kind: "designated_commercial" as const,
            },
          ]
        : []),
    ]),
  });
  await db.consentRecord.createMany({
    data: all.flatMap((f, i) =>
      (f.consents ?? []).map((c) => ({
        contactId: ids[i],
        purposeId: c.purposeId,
        action: c.action,
        method: c.action === "granted" ? ("business_card" as const) : ("unsubscribe_link" as const),
        effectiveAt: c.effectiveAt,
        invalidates: c.invalidates ?? false,
      })),
    ),
  });
  await db.customerRelationship.createMany({
    data: all.flatMap((f, i) =>
      (f.customers ?? []).map((c) => ({
        contactId: ids[i],
        since: at(-1000 * 24 * 60),
        until: c.until,
        products: ["support"],
        optOutOfferedAtCollection: true,
      })),
    ),
  });
  await db.legalBasisRecord.createMany({
    data: all.flatMap((f, i) =>
      (f.bases ?? []).map((b) => ({
        contactId: ids[i],
        purposeId: b.purposeId,
        basis: b.basis,
        since: at(-500 * 24 * 60),
        until: b.until,
      })),
    ),
  });
}

type Counts = Record<string, Record<CoverageCategory, number>>;

async function coverage(now = NOW): Promise<Counts> {
  return Object.fromEntries((await getConsentCoverage(db, now)).map((p) => [p.id, p.counts]));
}

/** The coverage as first written: every contact asked about every active purpose, one by one. */
async function referenceCoverage(now = NOW): Promise<Counts> {
  const rows = await db.$queryRaw<{ purposeId: string; category: CoverageCategory; n: number }[]>(Prisma.sql`
    SELECT p."id" AS "purposeId", x.category, count(*)::int AS n
    FROM "Purpose" p
    CROSS JOIN LATERAL (
      SELECT CASE
        WHEN EXISTS (
          SELECT 1 FROM "ConsentRecord" g
          WHERE g."contactId" = c."id" AND g."purposeId" = p."id" AND g."action" = 'granted' AND g."invalidates" = false
            AND NOT EXISTS (
              SELECT 1 FROM "ConsentRecord" w
              WHERE w."contactId" = c."id" AND w."purposeId" = p."id" AND w."action" = 'withdrawn' AND w."effectiveAt" >= g."effectiveAt"))
          THEN 'consent'
        WHEN p."similarProductsOnly" AND EXISTS (
          SELECT 1 FROM "CustomerRelationship" cr WHERE cr."contactId" = c."id" AND (cr."until" IS NULL OR cr."until" > ${now}))
          THEN 'customer'
        WHEN EXISTS (SELECT 1 FROM "EmailAddress" e WHERE e."contactId" = c."id" AND e."kind" = 'designated_commercial')
          THEN 'designated'
        WHEN EXISTS (
          SELECT 1 FROM "LegalBasisRecord" lb
          WHERE lb."contactId" = c."id" AND lb."purposeId" = p."id" AND lb."basis" = 'legitimate_interest'
            AND (lb."until" IS NULL OR lb."until" > ${now}))
          THEN 'legitimate_interest'
        ELSE 'none' END AS category
      FROM "Contact" c
    ) x
    WHERE p."active" = true
    GROUP BY p."id", x.category`);
  const purposes = await db.purpose.findMany({ where: { active: true }, select: { id: true } });
  return Object.fromEntries(
    purposes.map((p) => {
      const counts = Object.fromEntries(COVERAGE_CATEGORIES.map((c) => [c, 0])) as Record<CoverageCategory, number>;
      for (const r of rows) if (r.purposeId === p.id) counts[r.category] = r.n;
      return [p.id, counts];
    }),
  );
}

const minus = (after: Record<CoverageCategory, number>, before: Record<CoverageCategory, number>) =>
  Object.fromEntries(COVERAGE_CATEGORIES.map((c) => [c, after[c] - before[c]]));

describe("consent coverage", () => {
  it("counts a hand-built set of edge cases as worked out by hand", async () => {
    const plain = await createPurpose(db, { similarProductsOnly: false });
    const similar = await createPurpose(db, { similarProductsOnly: true });
    const retired = await createPurpose(db);
    await db.purpose.update({ where: { id: retired.id }, data: { active: false } });
    // The contacts already there (from nothing, or other tests) count as they do; only the
    // difference these contacts make is checked.
    const before = await coverage();
    const A = plain.id;
    const B = similar.id;
    const grant = (purposeId: string, minutes: number, invalidates = false) =>
      ({ purposeId, action: "granted", effectiveAt: at(minutes), invalidates }) as const;
    const withdraw = (purposeId: string, minutes: number) =>
      ({ purposeId, action: "withdrawn", effectiveAt: at(minutes) }) as const;
    await insertContacts([
      /*  1 */ { consents: [grant(A, -60)] }, // A consent
      /*  2 */ { consents: [grant(A, -60), withdraw(A, -60)] }, // same instant: withdrawn
      /*  3 */ { consents: [withdraw(A, -61), grant(A, -60)] }, // withdrawn before the grant: A consent
      /*  4 */ { consents: [grant(A, -60), withdraw(A, -59)] }, // withdrawn after
      /*  5 */ { consents: [grant(A, -60, true)] }, // an invalidating record grants nothing
      /*  6 */ { consents: [grant(A, -60), grant(A, -30, true)] }, // the earlier grant stands: A consent
      /*  7 */ { consents: [grant(A, -60), withdraw(A, -50), grant(A, -40)] }, // granted again: A consent
      /*  8 */ { customers: [{ until: null }] }, // B customer
      /*  9 */ { customers: [{ until: at(-1) }] }, // ended
      /* 10 */ { customers: [{ until: at(60 * 24) }] }, // ends later: B customer
      /* 11 */ { designated: true }, // A and B designated
      /* 12 */ { customers: [{ until: null }], designated: true }, // A designated, B customer
      /* 13 */ { bases: [{ purposeId: A, basis: "legitimate_interest", until: null }] }, // A interest
      /* 14 */ { bases: [{ purposeId: A, basis: "legitimate_interest", until: at(-1) }] }, // ended
      /* 15 */ { bases: [{ purposeId: A, basis: "legitimate_interest", until: at(60) }], designated: true }, // A designated
      /* 16 */ { consents: [grant(A, -60)], customers: [{ until: null }] }, // A consent, B customer
      /* 17 */ { consents: [withdraw(A, -60)] }, // a withdrawal alone
      /* 18 */ {}, // nothing at all
      /* 19 */ {
        consents: [grant(B, -60), withdraw(B, -60)],
        customers: [{ until: at(-60) }],
        bases: [{ purposeId: B, basis: "legitimate_interest", until: null }],
      }, // B interest
      /* 20 */ { bases: [{ purposeId: A, basis: "contract", until: null }] }, // not a legitimate interest
      /* 21 */ { customers: [{ until: NOW }] }, // ends exactly now: over
      /* 22 */ { bases: [{ purposeId: A, basis: "legitimate_interest", until: NOW }] }, // ends exactly now: over
      /* 23 */ { consents: [grant(A, 60)], customers: [{ until: at(-5) }, { until: null }] }, // A consent, B customer
      /* 24 */ { consents: [grant(retired.id, -60)], designated: true }, // A and B designated
    ]);
    const after = await coverage();
    expect(after[retired.id]).toBeUndefined();
    expect(minus(after[A], before[A])).toEqual({
      consent: 6, // 1, 3, 6, 7, 16, 23
      customer: 0, // A is not about similar products
      designated: 4, // 11, 12, 15, 24
      legitimate_interest: 1, // 13
      none: 13,
    });
    expect(minus(after[B], before[B])).toEqual({
      consent: 0,
      customer: 5, // 8, 10, 12, 16, 23
      designated: 3, // 11, 15, 24
      legitimate_interest: 1, // 19
      none: 15,
    });
    // The statement the coverage was first written as agrees, here and for the whole database.
    expect(after).toEqual(await referenceCoverage());
  });

  it("gives the same counts as asking every contact about every purpose, for random histories", async () => {
    const purposes = [
      await createPurpose(db, { similarProductsOnly: false }),
      await createPurpose(db, { similarProductsOnly: true }),
      await createPurpose(db, { similarProductsOnly: true }),
    ];
    await db.purpose.update({ where: { id: purposes[2].id }, data: { active: false } });
    // A few instants around now, so that records often meet at the same instant, and `until`
    // often falls exactly on now.
    const instant = fc.constantFrom(-120, -60, -1, 0, 1, 60).map(at);
    const purposeId = fc.constantFrom(...purposes.map((p) => p.id));
    const facts: fc.Arbitrary<Facts> = fc.record({
      consents: fc.array(
        fc.record({
          purposeId,
          action: fc.constantFrom("granted" as const, "withdrawn" as const),
          effectiveAt: instant,
          invalidates: fc.boolean(),
        }),
        { maxLength: 4 },
      ),
      customers: fc.array(fc.record({ until: fc.option(instant, { nil: null }) }), { maxLength: 2 }),
      designated: fc.boolean(),
      bases: fc.array(
        fc.record({
          purposeId,
          basis: fc.constantFrom("legitimate_interest" as const, "contract" as const),
          until: fc.option(instant, { nil: null }),
        }),
        { maxLength: 2 },
      ),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(facts, { minLength: 1, maxLength: 25 }), async (contacts) => {
        await insertContacts(contacts);
        expect(await coverage()).toEqual(await referenceCoverage());
      }),
      { numRuns: 20 },
    );
  });
});
