/** The audience filter as SQL, and keyset pages of the contacts it selects (ordered by id). */
import { Prisma } from "@generated/prisma/client";
import type { Db } from "@/server/db";
import type { TAudienceFilter } from "../schemas";
import type { ContactRow } from "./fact-rows";

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
  return Prisma.join(parts, " AND ");
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/** One page of the audience after `afterId`; pass the last id of a page to get the next one. */
export function audiencePage(
  db: Query,
  where: Prisma.Sql,
  afterId: string | null,
  limit: number,
): Promise<ContactRow[]> {
  const after = afterId ? Prisma.sql`AND c.id > ${afterId}::uuid` : Prisma.empty;
  return db.$queryRaw<
    ContactRow[]
  >`SELECT c.id, c."sourceType"::text AS "sourceType", c."publishedForPurpose", c."collectedAt", co."legalForm"::text AS "legalForm"
    FROM "Contact" c LEFT JOIN "Company" co ON co.id = c."companyId"
    WHERE ${where} ${after} ORDER BY c.id LIMIT ${limit}`;
}

/** The given contacts (any order), for re-deciding known recipients. */
export function contactsByIds(db: Query, ids: string[]): Promise<ContactRow[]> {
  return db.$queryRaw<
    ContactRow[]
  >`SELECT c.id, c."sourceType"::text AS "sourceType", c."publishedForPurpose", c."collectedAt", co."legalForm"::text AS "legalForm"
    FROM "Contact" c LEFT JOIN "Company" co ON co.id = c."companyId" WHERE c.id = ANY(${ids}::uuid[]) ORDER BY c.id`;
}
