/**
 * The same fact rows as loadFactRows, fetched in ONE statement (each table aggregated to JSON).
 * For interactive decisions about one or a few contacts, where round trips and pool connections —
 * not rows — are the cost: nine parallel queries per decision took nine pooled connections and
 * capped single-decision throughput well below the 200 req/s target.
 */
import { Prisma } from "@generated/prisma/client";
import type { Db } from "@/server/db";
import { REACHING, type FactRows } from "./fact-rows";

type Query = Pick<Db, "$queryRaw">;

// Columns per table: identical to loadFactRows, so both loaders produce the same rows.
const TABLES = {
  emails: {
    sql: Prisma.sql`SELECT id, "contactId", normalised, kind::text AS kind, "designationWhere", "designationSeenAt", "createdAt" FROM "EmailAddress"`,
    order: Prisma.sql`ORDER BY x."createdAt", x.id`,
    dates: ["designationSeenAt"],
  },
  phones: {
    sql: Prisma.sql`SELECT id, "contactId", e164, kind::text AS kind, "createdAt" FROM "PhoneNumber"`,
    order: Prisma.sql`ORDER BY x."createdAt", x.id`,
    dates: [],
  },
  postal: {
    sql: Prisma.sql`SELECT id, "contactId", "createdAt" FROM "PostalAddress"`,
    order: Prisma.sql`ORDER BY x."createdAt", x.id`,
    dates: [],
  },
  consents: {
    sql: Prisma.sql`SELECT r.id, r."contactId", p.key AS "purposeKey", r.channels::text[] AS channels, r.action::text AS action,
      r.method::text AS method, r."effectiveAt", r."recordedAt", r."recordedVia", r."correctsId", r.invalidates,
      r."grantorName", r."grantorRole", r."grantorAuthority",
        EXISTS (SELECT 1 FROM "ConsentAttachment" a WHERE a."consentRecordId" = r.id) AS "hasAttachment",
        (SELECT min(e.at) FROM "ConsentEvidenceEvent" e WHERE e."consentRecordId" = r.id AND e.kind = 'confirmed') AS "confirmedAt" FROM "ConsentRecord" r JOIN "Purpose" p ON p.id = r."purposeId"`,
    order: Prisma.empty,
    dates: ["effectiveAt", "recordedAt", "confirmedAt"],
  },
  bases: {
    sql: Prisma.sql`SELECT b.id, b."contactId", p.key AS "purposeKey", b.basis::text AS basis, b.since, b.until, b."createdAt" FROM "LegalBasisRecord" b JOIN "Purpose" p ON p.id = b."purposeId"`,
    order: Prisma.empty,
    dates: ["since", "until", "createdAt"],
  },
  relationships: {
    sql: Prisma.sql`SELECT id, "contactId", since, until, products, kind, "optOutOfferedAtCollection", paid, "createdAt" FROM "CustomerRelationship"`,
    order: Prisma.empty,
    dates: ["since", "until", "createdAt"],
  },
  objections: {
    sql: Prisma.sql`SELECT id, "contactId", scope::text AS scope, "receivedAt", "withdrawnAt", "createdAt" FROM "Objection"`,
    order: Prisma.empty,
    dates: ["receivedAt", "withdrawnAt", "createdAt"],
  },
  restrictions: {
    sql: Prisma.sql`SELECT id, "contactId", "setAt", "liftedAt" FROM "Restriction"`,
    order: Prisma.empty,
    dates: ["setAt", "liftedAt"],
  },
  optOuts: {
    sql: Prisma.sql`SELECT id, "contactId", channel::text AS channel, at, until, "endedAt" FROM "ChannelOptOut"`,
    order: Prisma.empty,
    dates: ["at", "until", "endedAt"],
  },
  calls: {
    sql: Prisma.sql`SELECT l.id, l."contactId", p.key AS "purposeKey", l.at FROM "CallLog" l JOIN "Purpose" p ON p.id = l."purposeId" WHERE l.outcome = ANY(${REACHING}::text[])`,
    order: Prisma.empty,
    dates: ["at"],
  },
} as const;

export async function loadFactRowsOneTrip(db: Query, ids: string[]): Promise<FactRows> {
  const columns = Object.entries(TABLES).map(([name, t]) => {
    // The aliased source table's "contactId" is filtered inside the sub-select (r./b. aliases included).
    const source = Prisma.sql`SELECT * FROM (${t.sql}) s WHERE s."contactId" = ANY(${ids}::uuid[])`;
    return Prisma.sql`(SELECT coalesce(json_agg(x ${t.order}), '[]'::json) FROM (${source}) x) AS ${Prisma.raw(`"${name}"`)}`;
  });
  const [row] = await db.$queryRaw<
    Record<keyof typeof TABLES, Record<string, unknown>[]>[]
  >`SELECT ${Prisma.join(columns, ", ")}`;
  const revive = (name: keyof typeof TABLES) =>
    row[name].map((r) => {
      const out: Record<string, unknown> = { ...r };
      for (const d of TABLES[name].dates) if (typeof out[d] === "string") out[d] = new Date(out[d] as string);
      if ("createdAt" in out && typeof out.createdAt === "string") out.createdAt = new Date(out.createdAt);
      return out;
    });
  return {
    emails: revive("emails"),
    phones: revive("phones"),
    postal: revive("postal"),
    consents: revive("consents"),
    bases: revive("bases"),
    relationships: revive("relationships"),
    objections: revive("objections"),
    restrictions: revive("restrictions"),
    optOuts: revive("optOuts"),
    calls: revive("calls"),
  } as unknown as FactRows;
}
