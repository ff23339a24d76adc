import { Prisma } from "@generated/prisma/client";
import type { Db } from "@/server/db";
import { ZFindContactsInput, type ContactFlag, type ContactSort, type TFindContactsInput } from "../schemas";
import { classifySearch, escapeLike } from "../rules/search-text";
import { decodeCursor, encodeCursor, type Cursor } from "../rules/keyset-cursor";
import { parseInput } from "@/server/validation/parse-input";

const SORTS: Record<ContactSort, { column: "lastName" | "createdAt"; dir: "asc" | "desc" }> = {
  name_asc: { column: "lastName", dir: "asc" },
  name_desc: { column: "lastName", dir: "desc" },
  created_desc: { column: "createdAt", dir: "desc" },
  created_asc: { column: "createdAt", dir: "asc" },
};

/**
 * The contacts list: search, filters, sort, and keyset pagination (no OFFSET), so page 40 000 of a
 * million contacts costs what page 1 costs. Each sort has a matching index (lastName,id) or
 * (createdAt,id); searches hit the prefix indexes on Contact.searchName, EmailAddress.normalised
 * and PhoneNumber.e164. Raw SQL because the purpose-status filter needs "the latest counting
 * consent event", which Prisma's where cannot express; rows are then loaded through Prisma.
 */
export async function findContacts(db: Db, raw: TFindContactsInput = {}) {
  const input = parseInput(ZFindContactsInput, raw);
  const sort = SORTS[input.sort];
  const before = input.before ? decodeCursor(input.before, sort.column) : null;
  const after = !before && input.after ? decodeCursor(input.after, sort.column) : null;
  // Paging backwards reads the index the other way and flips the page back afterwards.
  const backwards = before !== null;
  const dir = backwards ? (sort.dir === "asc" ? "desc" : "asc") : sort.dir;
  const col = Prisma.raw(`c."${sort.column}"`);
  const conditions: Prisma.Sql[] = [...filters(input)];
  const cursor = before ?? after;
  if (cursor) {
    const value = sort.column === "createdAt" ? Prisma.sql`${cursor.value}::timestamptz` : Prisma.sql`${cursor.value}`;
    conditions.push(
      dir === "asc"
        ? Prisma.sql`(${col}, c.id) > (${value}, ${cursor.id}::uuid)`
        : Prisma.sql`(${col}, c.id) < (${value}, ${cursor.id}::uuid)`,
    );
  }
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const order = Prisma.raw(dir === "asc" ? `c."${sort.column}" ASC, c.id ASC` : `c."${sort.column}" DESC, c.id DESC`);
  const keys = await db.$queryRaw<{ id: string; lastName: string; createdAt: Date }[]>`
    SELECT c.id, c."lastName", c."createdAt" FROM "Contact" c ${where} ORDER BY ${order} LIMIT ${input.limit + 1}`;
  const more = keys.length > input.limit;
  const page = keys.slice(0, input.limit);
  if (backwards) page.reverse();
  const rows = await loadRows(
    db,
    page.map((k) => k.id),
  );
  const keyOf = (k: (typeof page)[number]): Cursor => ({
    value: sort.column === "createdAt" ? k.createdAt.toISOString() : k.lastName,
    id: k.id,
  });
  const first = page[0];
  const last = page[page.length - 1];
  return {
    rows,
    nextCursor: last && (backwards || more) ? encodeCursor(keyOf(last)) : null,
    prevCursor: first && (backwards ? more : cursor !== null) ? encodeCursor(keyOf(first)) : null,
  };
}

function filters(input: ReturnType<typeof ZFindContactsInput.parse>): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  const search = input.q ? classifySearch(input.q) : null;
  if (search) {
    const prefix = `${escapeLike(search.prefix)}%`;
    if (search.kind === "email") {
      out.push(Prisma.sql`c.id IN (SELECT e."contactId" FROM "EmailAddress" e WHERE e.normalised LIKE ${prefix})`);
    } else if (search.kind === "phone") {
      out.push(Prisma.sql`c.id IN (SELECT p."contactId" FROM "PhoneNumber" p WHERE p.e164 LIKE ${prefix})`);
    } else {
      // "first last company": the prefix index serves the first name and "first last"; the
      // second pattern finds a last name or company word (a scan, bounded by the LIMIT).
      out.push(Prisma.sql`(c."searchName" LIKE ${prefix} OR c."searchName" LIKE ${`% ${prefix}`})`);
    }
  }
  if (input.source) out.push(Prisma.sql`c."sourceType" = ${input.source}::"SourceType"`);
  if (input.companyId) out.push(Prisma.sql`c."companyId" = ${input.companyId}::uuid`);
  if (input.purposeId && input.purposeStatus) {
    const given = purposeGiven(input.purposeId);
    const any = Prisma.sql`EXISTS (SELECT 1 FROM "ConsentRecord" r WHERE r."contactId" = c.id AND r."purposeId" = ${input.purposeId}::uuid AND ${COUNTING})`;
    if (input.purposeStatus === "given") out.push(given);
    else if (input.purposeStatus === "withdrawn") out.push(Prisma.sql`NOT ${given} AND ${any}`);
    else out.push(Prisma.sql`NOT ${any}`);
  }
  if (input.awaitingConfirmation) out.push(AWAITING_CONFIRMATION);
  if (input.flag) out.push(FLAGS[input.flag]);
  // Through the ContactTag primary key (contactId, tagId).
  if (input.tagId)
    out.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ContactTag" t WHERE t."contactId" = c.id AND t."tagId" = ${input.tagId}::uuid)`,
    );
  return out;
}

/** The badge filters: the same conditions as the badges (services/find-contact-badges.ts). */
const FLAGS: Record<ContactFlag, Prisma.Sql> = {
  customer: Prisma.sql`EXISTS (SELECT 1 FROM "CustomerRelationship" x WHERE x."contactId" = c.id AND x.paid
    AND x.since <= now() AND (x.until IS NULL OR x.until > now()))`,
  designated: Prisma.sql`EXISTS (SELECT 1 FROM "EmailAddress" e WHERE e."contactId" = c.id AND e.kind = 'designated_commercial')`,
  objection: Prisma.sql`EXISTS (SELECT 1 FROM "Objection" o WHERE o."contactId" = c.id AND o."withdrawnAt" IS NULL)`,
  restricted: Prisma.sql`EXISTS (SELECT 1 FROM "Restriction" r WHERE r."contactId" = c.id AND r."liftedAt" IS NULL)`,
};

/**
 * A grant whose evidence is weak (by phone, no recording, not confirmed in writing: the reading of
 * evidenceStrength in src/domain/consent), that still counts, that the person has not said no to
 * through the confirmation link, and that no later withdrawal for its purpose ended. Mirrors
 * `awaitingConfirmation` on the timeline.
 */
const AWAITING_CONFIRMATION = Prisma.sql`EXISTS (
  SELECT 1 FROM "ConsentRecord" r
  WHERE r."contactId" = c.id AND r.action = 'granted' AND r.method = 'verbal_phone' AND ${Prisma.raw(`NOT r.invalidates
    AND NOT EXISTS (SELECT 1 FROM "ConsentRecord" x WHERE x."contactId" = r."contactId" AND x."correctsId" = r.id)`)}
    AND NOT EXISTS (SELECT 1 FROM "ConsentAttachment" a WHERE a."consentRecordId" = r.id)
    AND NOT EXISTS (SELECT 1 FROM "ConsentEvidenceEvent" e WHERE e."consentRecordId" = r.id AND e.kind IN ('confirmed', 'declined'))
    AND NOT EXISTS (SELECT 1 FROM "ConsentRecord" w WHERE w."contactId" = c.id AND w."purposeId" = r."purposeId"
      AND w.action = 'withdrawn' AND w."effectiveAt" >= r."effectiveAt"))`;

/** A consent record that counts: not an invalidation, in effect, not replaced by a correction
 *  (same rule as rules/consent-records.ts countingRecords). */
export const COUNTING = Prisma.raw(`NOT r.invalidates AND r."effectiveAt" <= now()
  AND NOT EXISTS (SELECT 1 FROM "ConsentRecord" x WHERE x."contactId" = r."contactId" AND x."correctsId" = r.id)`);

/**
 * "Consent given" for a purpose: for at least one of the purpose's channels, the latest counting
 * record covering that channel (no channels = all) is a grant; on a tie the withdrawal wins. The
 * same reading as effectiveConsentState, so the filter and the contact page agree (a consent
 * lifetime, if the organisation sets one, is left to the page and the outreach rules).
 */
function purposeGiven(purposeId: string): Prisma.Sql {
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "Purpose" p, unnest(p.channels) AS ch(c)
    WHERE p.id = ${purposeId}::uuid AND (
      SELECT r.action::text FROM "ConsentRecord" r
      WHERE r."contactId" = c.id AND r."purposeId" = p.id AND ${COUNTING}
        AND (cardinality(r.channels) = 0 OR ch.c = ANY(r.channels))
      ORDER BY r."effectiveAt" DESC, r."recordedAt" DESC, (r.action = 'withdrawn') DESC
      LIMIT 1) = 'granted')`;
}

async function loadRows(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db.contact.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      jobTitle: true,
      sourceType: true,
      createdAt: true,
      company: { select: { id: true, name: true, legalForm: true } },
      emails: { select: { address: true, kind: true }, orderBy: { createdAt: "asc" }, take: 1 },
      phones: { select: { e164: true, kind: true }, orderBy: { createdAt: "asc" }, take: 1 },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is (typeof rows)[number] => r !== undefined);
}
export type ContactListRow = Awaited<ReturnType<typeof findContacts>>["rows"][number];
