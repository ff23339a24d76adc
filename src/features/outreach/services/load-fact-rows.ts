/**
 * Set-based fact loading: one query per related table for a whole batch of contacts, never one
 * query per contact. How each table is read (by id range or a look-up per contact, rows as one
 * JSON value) is explained in fact-tables.ts.
 */
import type { Db } from "@/server/db";
import type { FactRows, SuppressionRow, NoticeRow } from "./fact-rows";
import {
  contactIdsRelation,
  decodeFactRows,
  FACT_TABLES,
  factTableJson,
  NOTICE_TABLE,
  plainUuids,
  type FactTable,
  type RowsOf,
} from "./fact-tables";

import { loadFactRowsOneTrip } from "./load-fact-rows-one-trip";

type Query = Pick<Db, "$queryRaw">;

/** Up to this many contacts, one round trip beats nine parallel queries (interactive decisions). */
export const ONE_TRIP_MAX = 50;

export async function loadFactRows(db: Query, ids: string[]): Promise<FactRows> {
  if (ids.length <= ONE_TRIP_MAX) return loadFactRowsOneTrip(db, ids);
  return loadFactRowsPerTable(db, ids);
}

async function loadTable<R>(db: Query, t: FactTable<R>, rowsOf: RowsOf, only?: Set<string>): Promise<R[]> {
  const [{ rows }] = await db.$queryRaw<{ rows: unknown[][] }[]>(factTableJson(t, rowsOf));
  return decodeFactRows(t, rows, only);
}

/**
 * How a batch's rows are read. A batch that is (nearly) every contact in its id range, as a page of
 * an unfiltered audience is, is read by range: one index range scan per table, a fraction of the
 * database time of a look-up per contact; rows of contacts outside the batch are dropped when
 * decoding. Any other batch (a filtered audience, a campaign's recipients) is looked up contact by
 * contact. Either way the rows are those of the batch's contacts, no more and no fewer.
 */
async function rowsOfBatch(db: Query, ids: string[]): Promise<{ rowsOf: RowsOf; only?: Set<string> }> {
  const lookUp = () => ({ rowsOf: { lookUp: contactIdsRelation(ids) } });
  const plain = plainUuids(ids);
  if (!plain?.length) return lookUp();
  let [from, to] = [plain[0], plain[0]];
  for (const id of plain) {
    if (id < from) from = id;
    if (id > to) to = id;
  }
  // Up to a tenth more contacts in the range than in the batch: still far cheaper by range.
  const limit = Math.floor(plain.length * 1.1) + 1;
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (
    SELECT 1 FROM "Contact" WHERE id BETWEEN ${from}::uuid AND ${to}::uuid LIMIT ${limit}) s`;
  return n < limit ? { rowsOf: { range: { from, to } }, only: new Set(plain) } : lookUp();
}

export async function loadFactRowsPerTable(db: Query, ids: string[]): Promise<FactRows> {
  const { rowsOf, only } = await rowsOfBatch(db, ids);
  const t = FACT_TABLES;
  const [emails, phones, postal, consents, bases, relationships, objections, restrictions, optOuts, calls] =
    await Promise.all([
      loadTable(db, t.emails, rowsOf, only),
      loadTable(db, t.phones, rowsOf, only),
      loadTable(db, t.postal, rowsOf, only),
      loadTable(db, t.consents, rowsOf, only),
      loadTable(db, t.bases, rowsOf, only),
      loadTable(db, t.relationships, rowsOf, only),
      loadTable(db, t.objections, rowsOf, only),
      loadTable(db, t.restrictions, rowsOf, only),
      loadTable(db, t.optOuts, rowsOf, only),
      loadTable(db, t.calls, rowsOf, only),
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
  return loadTable(db, NOTICE_TABLE, { lookUp: contactIdsRelation(ids) });
}
