/** The audience filter as SQL, and keyset pages of the contacts it selects (ordered by id). */
import { Prisma } from "@generated/prisma/client";
import type { Db } from "@/server/db";
import type { TAudienceFilter } from "../schemas";
import type { ContactRow } from "./fact-rows";
import { contactColumns } from "./fact-tables";

type Query = Pick<Db, "$queryRaw">;

/** `purposeId` is needed for the "has consent for the purpose" filter only. */
export function audienceWhere(filter: TAudienceFilter, purposeId: string | null): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.sourceTypes?.length) parts.push(Prisma.sql`c."sourceType"::text = ANY(${filter.sourceTypes}::text[])`);
  if (filter.legalForms?.length)
    parts.push(Prisma.sql`COALESCE(co."legalForm"::text, 'none') = ANY(${filter.legalForms}::text[])`);
  if (filter.companyId) parts.push(Prisma.sql`c."companyId" = ${filter.companyId}::uuid`);
  if (filter.companyName) parts.push(Prisma.sql`co.name ILIKE ${"%" + escapeLike(filter.companyName) + "%"}`);
  if (filter.createdAfter) parts.push(Prisma.sql`c."createdAt" > ${filter.createdAfter}`);
  if (filter.search) parts.push(Prisma.sql`c."searchName" LIKE ${escapeLike(filter.search.toLowerCase()) + "%"}`);
  if (filter.hasConsentForPurpose && purposeId) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ConsentRecord" r WHERE r."contactId" = c.id AND r."purposeId" = ${purposeId}::uuid AND r.action = 'granted')`,
    );
  }
  parts.push(...segmentFilters(filter));
  return Prisma.join(parts, " AND ");
}

/**
 * The filters segments added. Each reads the contact's own columns or probes a related table
 * through an index on (contactId, ...) or (time, contactId), so a million contacts stay cheap.
 */
function segmentFilters(filter: TAudienceFilter): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (filter.jobTitle) parts.push(Prisma.sql`c."jobTitle" ILIKE ${"%" + escapeLike(filter.jobTitle) + "%"}`);
  // Through the ContactTag primary key (contactId, tagId): one probe per contact.
  if (filter.tagIds?.length)
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ContactTag" t WHERE t."contactId" = c.id AND t."tagId" = ANY(${filter.tagIds}::uuid[]))`,
    );
  if (filter.importBatchId) parts.push(Prisma.sql`c."importBatchId" = ${filter.importBatchId}::uuid`);
  // "Current" as the engine reads it (domain/outreach/customer.ts isExistingCustomer): a paid,
  // not one-time relationship that has begun and has not ended. A former customer had a paid
  // relationship once and has no current one.
  const current = Prisma.sql`EXISTS (SELECT 1 FROM "CustomerRelationship" cr WHERE cr."contactId" = c.id
    AND cr.paid AND cr.kind <> 'one_time' AND cr.since <= now() AND (cr.until IS NULL OR cr.until > now()))`;
  if (filter.customerState === "customer") parts.push(current);
  if (filter.customerState === "former_customer") {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "CustomerRelationship" cr WHERE cr."contactId" = c.id AND cr.paid AND cr.since <= now()) AND NOT ${current}`,
    );
  }
  if (filter.consentState && filter.consentPurposeId)
    parts.push(consentStateSql(filter.consentState, filter.consentPurposeId));
  if (filter.activeAfter) {
    // Last activity, from what is recorded: an edit of the contact itself (updatedAt), a consent
    // grant or withdrawal taking effect, or a logged call. Mail sent by a campaign does not count:
    // being written to is not something the person did. A union of index range scans, not an OR.
    const d = filter.activeAfter;
    parts.push(Prisma.sql`c.id IN (SELECT x.id FROM "Contact" x WHERE x."updatedAt" > ${d}
      UNION SELECT r."contactId" FROM "ConsentRecord" r WHERE r."effectiveAt" > ${d} AND r."effectiveAt" <= now()
      UNION SELECT l."contactId" FROM "CallLog" l WHERE l.at > ${d})`);
  }
  return parts;
}

/**
 * The latest record for the purpose that has taken effect is a grant / a withdrawal (a full tie
 * counts as the withdrawal), or there is no record at all. Written as "a grant with no withdrawal
 * at or after it" so that the planner can start from the (purposeId, action) index instead of
 * asking every contact for its latest record. A narrowing approximation of the engine's consent
 * state: channels, corrections, lifetimes and evidence strength are left to the engine, which
 * decides every recipient anyway.
 */
function consentStateSql(state: "granted" | "withdrawn" | "none", purposeId: string): Prisma.Sql {
  if (state === "none") {
    return Prisma.sql`NOT EXISTS (SELECT 1 FROM "ConsentRecord" r WHERE r."contactId" = c.id AND r."purposeId" = ${purposeId}::uuid)`;
  }
  const other = state === "granted" ? "withdrawn" : "granted";
  // Which of two records at the same moment counts as later: the later recorded; a withdrawal on a full tie.
  const laterOnTie =
    state === "granted" ? Prisma.sql`o."recordedAt" >= r."recordedAt"` : Prisma.sql`o."recordedAt" > r."recordedAt"`;
  const counts = (alias: "r" | "o") =>
    Prisma.sql`${Prisma.raw(alias)}."effectiveAt" <= now() AND NOT (${Prisma.raw(alias)}.invalidates AND ${Prisma.raw(alias)}."correctsId" IS NOT NULL)`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "ConsentRecord" r WHERE r."contactId" = c.id AND r."purposeId" = ${purposeId}::uuid
    AND r.action = ${state}::"ConsentAction" AND ${counts("r")}
    AND NOT EXISTS (SELECT 1 FROM "ConsentRecord" o WHERE o."contactId" = c.id AND o."purposeId" = ${purposeId}::uuid
      AND o.action = ${other}::"ConsentAction" AND ${counts("o")}
      AND (o."effectiveAt" > r."effectiveAt" OR (o."effectiveAt" = r."effectiveAt" AND ${laterOnTie}))))`;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/** How many contacts the filter selects (before any rule): a segment's live count. */
export async function countAudience(db: Query, filter: TAudienceFilter): Promise<number> {
  const where = audienceWhere(filter, null);
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n
    FROM "Contact" c LEFT JOIN "Company" co ON co.id = c."companyId" WHERE ${where}`;
  return row?.n ?? 0;
}

/** One page of the audience after `afterId`; pass the last id of a page to get the next one. */
export function audiencePage(
  db: Query,
  where: Prisma.Sql,
  afterId: string | null,
  limit: number,
): Promise<ContactRow[]> {
  const after = afterId ? Prisma.sql`AND c.id > ${afterId}::uuid` : Prisma.empty;
  return db.$queryRaw<ContactRow[]>`SELECT ${contactColumns()}
    FROM "Contact" c LEFT JOIN "Company" co ON co.id = c."companyId"
    WHERE ${where} ${after} ORDER BY c.id LIMIT ${limit}`;
}

/** The given contacts (any order), for re-deciding known recipients. */
export function contactsByIds(db: Query, ids: string[]): Promise<ContactRow[]> {
  return db.$queryRaw<ContactRow[]>`SELECT ${contactColumns()}
    FROM "Contact" c LEFT JOIN "Company" co ON co.id = c."companyId" WHERE c.id = ANY(${ids}::uuid[]) ORDER BY c.id`;
}
