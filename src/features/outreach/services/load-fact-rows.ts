/**
 * Set-based fact loading: one query per related table for a whole batch of contacts
 * (`"contactId" = ANY($1)`), never one query per contact.
 */
import { Prisma } from "@generated/prisma/client";
import type { Db } from "@/server/db";
import { REACHING } from "./fact-rows";
import type {
  CallRow,
  ConsentRow,
  EmailRow,
  FactRows,
  LegalBasisRow,
  ObjectionRow,
  OptOutRow,
  PhoneRow,
  PostalRow,
  RelationshipRow,
  RestrictionRow,
  SuppressionRow,
  NoticeRow,
} from "./fact-rows";

import { loadFactRowsOneTrip } from "./load-fact-rows-one-trip";

type Query = Pick<Db, "$queryRaw">;

/** Up to this many contacts, one round trip beats nine parallel queries (interactive decisions). */
export const ONE_TRIP_MAX = 50;

export async function loadFactRows(db: Query, ids: string[]): Promise<FactRows> {
  if (ids.length <= ONE_TRIP_MAX) return loadFactRowsOneTrip(db, ids);
  return loadFactRowsPerTable(db, ids);
}

export async function loadFactRowsPerTable(db: Query, ids: string[]): Promise<FactRows> {
  const any = Prisma.sql`= ANY(${ids}::uuid[])`;
  const [emails, phones, postal, consents, bases, relationships, objections, restrictions, optOuts, calls] =
    await Promise.all([
      db.$queryRaw<
        EmailRow[]
      >`SELECT id, "contactId", normalised, kind::text AS kind, "designationWhere", "designationSeenAt"
      FROM "EmailAddress" WHERE "contactId" ${any} ORDER BY "createdAt", id`,
      db.$queryRaw<PhoneRow[]>`SELECT id, "contactId", e164, kind::text AS kind
      FROM "PhoneNumber" WHERE "contactId" ${any} ORDER BY "createdAt", id`,
      db.$queryRaw<
        PostalRow[]
      >`SELECT id, "contactId" FROM "PostalAddress" WHERE "contactId" ${any} ORDER BY "createdAt", id`,
      db.$queryRaw<ConsentRow[]>`SELECT r.id, r."contactId", p.key AS "purposeKey", r.channels::text[] AS channels,
        r.action::text AS action, r.method::text AS method, r."effectiveAt", r."recordedAt", r."recordedVia",
        r."correctsId", r.invalidates, r."grantorName", r."grantorRole", r."grantorAuthority",
        EXISTS (SELECT 1 FROM "ConsentAttachment" a WHERE a."consentRecordId" = r.id) AS "hasAttachment",
        (SELECT min(e.at) FROM "ConsentEvidenceEvent" e WHERE e."consentRecordId" = r.id AND e.kind = 'confirmed') AS "confirmedAt"
      FROM "ConsentRecord" r JOIN "Purpose" p ON p.id = r."purposeId" WHERE r."contactId" ${any}`,
      db.$queryRaw<
        LegalBasisRow[]
      >`SELECT b.id, b."contactId", p.key AS "purposeKey", b.basis::text AS basis, b.since, b.until, b."createdAt"
      FROM "LegalBasisRecord" b JOIN "Purpose" p ON p.id = b."purposeId" WHERE b."contactId" ${any}`,
      db.$queryRaw<
        RelationshipRow[]
      >`SELECT id, "contactId", since, until, products, kind, "optOutOfferedAtCollection", paid, "createdAt"
      FROM "CustomerRelationship" WHERE "contactId" ${any}`,
      db.$queryRaw<
        ObjectionRow[]
      >`SELECT id, "contactId", scope::text AS scope, "receivedAt", "withdrawnAt", "createdAt" FROM "Objection" WHERE "contactId" ${any}`,
      db.$queryRaw<
        RestrictionRow[]
      >`SELECT id, "contactId", "setAt", "liftedAt" FROM "Restriction" WHERE "contactId" ${any}`,
      db.$queryRaw<
        OptOutRow[]
      >`SELECT id, "contactId", channel::text AS channel, at, until, "endedAt" FROM "ChannelOptOut" WHERE "contactId" ${any}`,
      db.$queryRaw<CallRow[]>`SELECT l.id, l."contactId", p.key AS "purposeKey", l.at
      FROM "CallLog" l JOIN "Purpose" p ON p.id = l."purposeId"
      WHERE l.outcome = ANY(${REACHING}::text[]) AND l."contactId" ${any}`,
    ]);
  return { emails, phones, postal, consents, bases, relationships, objections, restrictions, optOuts, calls };
}

export async function loadSuppressionEntries(db: Query, hashes: string[]): Promise<SuppressionRow[]> {
  if (hashes.length === 0) return [];
  return db.$queryRaw<
    SuppressionRow[]
  >`SELECT id, hash, "createdAt" FROM "SuppressionEntry" WHERE hash = ANY(${hashes}::text[])`;
}

/**
 * Notices given (AVG art. 14), for the contacts whose source needs one: the rest are never owed
 * one, so most audiences add no query at all.
 */
export async function loadNoticeRows(db: Query, ids: string[]): Promise<NoticeRow[]> {
  if (ids.length === 0) return [];
  return db.$queryRaw<NoticeRow[]>`SELECT id, "contactId", kind::text AS kind, "givenAt", "recordedAt"
    FROM "ContactNotice" WHERE "contactId" = ANY(${ids}::uuid[])`;
}
