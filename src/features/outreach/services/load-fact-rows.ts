/**
 * Set-based fact loading: one query per related table for a whole batch of contacts, never one
 * query per contact. How each table is read (an index look-up per contact, rows as one JSON value)
 * is explained in fact-tables.ts.
 */
import { type Prisma } from "@generated/prisma/client";
import type { Db } from "@/server/db";
import type { FactRows, SuppressionRow, NoticeRow } from "./fact-rows";
import {
  contactIdsRelation,
  decodeFactRows,
  FACT_TABLES,
  factTableJson,
  NOTICE_TABLE,
  type FactTable,
} from "./fact-tables";

import { loadFactRowsOneTrip } from "./load-fact-rows-one-trip";

type Query = Pick<Db, "$queryRaw">;

/** Up to this many contacts, one round trip beats nine parallel queries (interactive decisions). */
export const ONE_TRIP_MAX = 50;

export async function loadFactRows(db: Query, ids: string[]): Promise<FactRows> {
  if (ids.length <= ONE_TRIP_MAX) return loadFactRowsOneTrip(db, ids);
  return loadFactRowsPerTable(db, ids);
}

async function loadTable<R>(db: Query, t: FactTable<R>, k: Prisma.Sql): Promise<R[]> {
  const [{ rows }] = await db.$queryRaw<{ rows: unknown[][] }[]>(factTableJson(t, k));
  return decodeFactRows(t, rows);
}

export async function loadFactRowsPerTable(db: Query, ids: string[]): Promise<FactRows> {
  const k = contactIdsRelation(ids);
  const t = FACT_TABLES;
  const [emails, phones, postal, consents, bases, relationships, objections, restrictions, optOuts, calls] =
    await Promise.all([
      loadTable(db, t.emails, k),
      loadTable(db, t.phones, k),
      loadTable(db, t.postal, k),
      loadTable(db, t.consents, k),
      loadTable(db, t.bases, k),
      loadTable(db, t.relationships, k),
      loadTable(db, t.objections, k),
      loadTable(db, t.restrictions, k),
      loadTable(db, t.optOuts, k),
      loadTable(db, t.calls, k),
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
  return loadTable(db, NOTICE_TABLE, contactIdsRelation(ids));
}
