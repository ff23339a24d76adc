import { Prisma } from "@generated/prisma/client";
import type { Db } from "@/server/db";
import { COUNTING } from "./find-contacts";

export type PurposeBadge = { purposeId: string; state: "given" | "withdrawn" };
export type ContactBadges = {
  purposes: PurposeBadge[];
  /** A paid customer relationship still running (Tw art. 11.7 lid 3). */
  customer: boolean;
  /** An e-mail address the company designated for commercial messages (Tw art. 11.7). */
  designated: boolean;
  /** An objection in force (AVG art. 21). */
  objection: boolean;
  /** A restriction of processing in force (AVG art. 18). */
  restricted: boolean;
};

const NONE: ContactBadges = { purposes: [], customer: false, designated: false, objection: false, restricted: false };

/**
 * What the contacts on one page of the list agreed to, per purpose, and what else governs them:
 * two queries for the whole page, however long it is (never one per row). Consent is read as
 * the list's filter reads it: for each of the purpose's channels the latest counting record
 * decides, and one granted channel makes the purpose "given".
 */
export async function findContactBadges(db: Db, ids: string[]): Promise<Map<string, ContactBadges>> {
  const out = new Map<string, ContactBadges>();
  if (ids.length === 0) return out;
  const page = Prisma.sql`unnest(${ids}::uuid[]) AS k(id)`;
  const [consents, flags] = await Promise.all([
    db.$queryRaw<{ contactId: string; purposeId: string; given: boolean }[]>`
      SELECT k.id AS "contactId", p.id AS "purposeId", bool_or(last.action = 'granted') AS given
      FROM ${page}
      CROSS JOIN "Purpose" p
      CROSS JOIN LATERAL unnest(p.channels) AS ch(c)
      CROSS JOIN LATERAL (
        SELECT r.action::text AS action FROM "ConsentRecord" r
        WHERE r."contactId" = k.id AND r."purposeId" = p.id AND ${COUNTING}
          AND (cardinality(r.channels) = 0 OR ch.c = ANY(r.channels))
        ORDER BY r."effectiveAt" DESC, r."recordedAt" DESC, (r.action = 'withdrawn') DESC
        LIMIT 1) last
      GROUP BY k.id, p.id, p."createdAt"
      ORDER BY p."createdAt", p.id`,
    db.$queryRaw<{ id: string; customer: boolean; designated: boolean; objection: boolean; restricted: boolean }[]>`
      SELECT k.id,
        EXISTS (SELECT 1 FROM "CustomerRelationship" x WHERE x."contactId" = k.id AND x.paid
          AND x.since <= now() AND (x.until IS NULL OR x.until > now())) AS customer,
        EXISTS (SELECT 1 FROM "EmailAddress" e WHERE e."contactId" = k.id AND e.kind = 'designated_commercial') AS designated,
        EXISTS (SELECT 1 FROM "Objection" o WHERE o."contactId" = k.id AND o."withdrawnAt" IS NULL) AS objection,
        EXISTS (SELECT 1 FROM "Restriction" r WHERE r."contactId" = k.id AND r."liftedAt" IS NULL) AS restricted
      FROM ${page}`,
  ]);
  for (const { id, ...f } of flags) out.set(id, { ...NONE, ...f, purposes: [] });
  for (const c of consents) {
    out.get(c.contactId)?.purposes.push({ purposeId: c.purposeId, state: c.given ? "given" : "withdrawn" });
  }
  return out;
}
