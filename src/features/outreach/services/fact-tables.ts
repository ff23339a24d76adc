/**
 * The fact tables as both loaders read them (load-fact-rows.ts for batches, load-fact-rows-one-trip.ts
 * for one or a few contacts): each table's columns are defined here once, so the two loaders cannot
 * drift apart, and so is the SQL that reads a table's rows for a set of contacts.
 *
 * What keeps a page of 5,000 contacts cheap when the tables hold millions of rows:
 *
 * - Only the batch's rows are read, never a whole table. Asked as `"contactId" = ANY($1)`, or as a
 *   plain join with `unnest($1)`, PostgreSQL estimated 5,000 index look-ups dearer than reading the
 *   whole table once a table held a few hundred thousand rows, and read the tables whole for every
 *   page, so that an audience's cost grew with the square of its size. Now a batch's rows are
 *   either looked up contact by contact (a LATERAL sub-query per id; `OFFSET 0` keeps the planner
 *   from flattening it back into such a join), or, when the batch is (nearly) every contact in its
 *   id range, as a page of an unfiltered audience is, read by one index range scan per table.
 * - A table's rows come back as one JSON value (an array of arrays, json_agg), decoded by one
 *   JSON.parse rather than cell by cell through the driver and Prisma; and the ids go to the server
 *   as one text value, not as an array parameter the driver escapes element by element for every
 *   query. Together that halved the loader's CPU time in Node, which is what an audience waits for.
 */
import { Prisma } from "@generated/prisma/client";
import { REACHING, type ContactRow, type FactRows, type NoticeRow } from "./fact-rows";

/** Every field of the row type, each with the SQL that selects it (x = the table, p = Purpose). */
type Columns<R> = { [P in keyof R]-?: Prisma.Sql };

export type FactTable<R> = {
  table: string;
  columns: Columns<R>;
  /** Fields that are timestamps: JSON carries them as ISO strings. */
  dates: (keyof R)[];
  /** A condition on the table's own columns (alias t), applied in each contact's look-up. */
  filter?: Prisma.Sql;
  join?: Prisma.Sql;
  /** The order of the rows (and so of each contact's rows); none = the look-up's order. */
  order?: Prisma.Sql;
};

const sql = Prisma.sql;
const purpose = sql`JOIN "Purpose" p ON p.id = x."purposeId"`;

export const FACT_TABLES: { [K in keyof FactRows]: FactTable<FactRows[K][number]> } = {
  emails: {
    table: "EmailAddress",
    columns: {
      id: sql`x.id`,
      contactId: sql`x."contactId"`,
      normalised: sql`x.normalised`,
      kind: sql`x.kind::text`,
      designationWhere: sql`x."designationWhere"`,
      designationSeenAt: sql`x."designationSeenAt"`,
      undeliverable: sql`(x."undeliverableAt" IS NOT NULL)`,
    },
    dates: ["designationSeenAt"],
    order: sql`x."createdAt", x.id`,
  },
  phones: {
    table: "PhoneNumber",
    columns: { id: sql`x.id`, contactId: sql`x."contactId"`, e164: sql`x.e164`, kind: sql`x.kind::text` },
    dates: [],
    order: sql`x."createdAt", x.id`,
  },
  postal: {
    table: "PostalAddress",
    columns: { id: sql`x.id`, contactId: sql`x."contactId"` },
    dates: [],
    order: sql`x."createdAt", x.id`,
  },
  consents: {
    table: "ConsentRecord",
    columns: {
      id: sql`x.id`,
      contactId: sql`x."contactId"`,
      purposeKey: sql`p.key`,
      channels: sql`x.channels::text[]`,
      action: sql`x.action::text`,
      method: sql`x.method::text`,
      effectiveAt: sql`x."effectiveAt"`,
      recordedAt: sql`x."recordedAt"`,
      recordedVia: sql`x."recordedVia"`,
      correctsId: sql`x."correctsId"`,
      invalidates: sql`x.invalidates`,
      grantorName: sql`x."grantorName"`,
      grantorRole: sql`x."grantorRole"`,
      grantorAuthority: sql`x."grantorAuthority"`,
      hasAttachment: sql`EXISTS (SELECT 1 FROM "ConsentAttachment" a WHERE a."consentRecordId" = x.id)`,
      confirmedAt: sql`(SELECT min(e.at) FROM "ConsentEvidenceEvent" e WHERE e."consentRecordId" = x.id AND e.kind = 'confirmed')`,
    },
    dates: ["effectiveAt", "recordedAt", "confirmedAt"],
    join: purpose,
  },
  bases: {
    table: "LegalBasisRecord",
    columns: {
      id: sql`x.id`,
      contactId: sql`x."contactId"`,
      purposeKey: sql`p.key`,
      basis: sql`x.basis::text`,
      since: sql`x.since`,
      until: sql`x.until`,
      createdAt: sql`x."createdAt"`,
    },
    dates: ["since", "until", "createdAt"],
    join: purpose,
  },
  relationships: {
    table: "CustomerRelationship",
    columns: {
      id: sql`x.id`,
      contactId: sql`x."contactId"`,
      since: sql`x.since`,
      until: sql`x.until`,
      products: sql`x.products`,
      kind: sql`x.kind`,
      optOutOfferedAtCollection: sql`x."optOutOfferedAtCollection"`,
      paid: sql`x.paid`,
      createdAt: sql`x."createdAt"`,
    },
    dates: ["since", "until", "createdAt"],
  },
  objections: {
    table: "Objection",
    columns: {
      id: sql`x.id`,
      contactId: sql`x."contactId"`,
      scope: sql`x.scope::text`,
      receivedAt: sql`x."receivedAt"`,
      withdrawnAt: sql`x."withdrawnAt"`,
      createdAt: sql`x."createdAt"`,
    },
    dates: ["receivedAt", "withdrawnAt", "createdAt"],
  },
  restrictions: {
    table: "Restriction",
    columns: { id: sql`x.id`, contactId: sql`x."contactId"`, setAt: sql`x."setAt"`, liftedAt: sql`x."liftedAt"` },
    dates: ["setAt", "liftedAt"],
  },
  optOuts: {
    table: "ChannelOptOut",
    columns: {
      id: sql`x.id`,
      contactId: sql`x."contactId"`,
      channel: sql`x.channel::text`,
      at: sql`x.at`,
      until: sql`x.until`,
      endedAt: sql`x."endedAt"`,
    },
    dates: ["at", "until", "endedAt"],
  },
  calls: {
    table: "CallLog",
    columns: { id: sql`x.id`, contactId: sql`x."contactId"`, purposeKey: sql`p.key`, at: sql`x.at` },
    dates: ["at"],
    // Only a call that reached the person counts (see REACHING).
    filter: sql`t.outcome = ANY(${REACHING}::text[])`,
    join: purpose,
  },
};

/** Art. 14 notices given (loaded apart: only contacts whose source needs one are asked about). */
export const NOTICE_TABLE: FactTable<NoticeRow> = {
  table: "ContactNotice",
  columns: {
    id: sql`x.id`,
    contactId: sql`x."contactId"`,
    kind: sql`x.kind::text`,
    givenAt: sql`x."givenAt"`,
    recordedAt: sql`x."recordedAt"`,
  },
  dates: ["givenAt", "recordedAt"],
};

/**
 * A contact's own row as the engine reads it (c = Contact, co = its Company): selected as columns by
 * the audience's pages and contactsByIds, and as JSON by the one-trip loader, from this one list.
 */
export const CONTACT_TABLE: FactTable<ContactRow> = {
  table: "Contact",
  columns: {
    id: sql`c.id`,
    sourceType: sql`c."sourceType"::text`,
    publishedForPurpose: sql`c."publishedForPurpose"`,
    collectedAt: sql`c."collectedAt"`,
    legalForm: sql`co."legalForm"::text`,
  },
  dates: ["collectedAt"],
};

/** CONTACT_TABLE's columns for a SELECT list, each named as its field. */
export function contactColumns(): Prisma.Sql {
  return Prisma.join(
    Object.entries(CONTACT_TABLE.columns).map(
      ([name, value]) => sql`${value as Prisma.Sql} AS ${Prisma.raw(`"${name}"`)}`,
    ),
    ", ",
  );
}

/** The contacts whose ids are in k (a relation of ids, see contactIdsRelation), as factTableJson's JSON rows. */
export function contactRowsJson(k: Prisma.Sql): Prisma.Sql {
  const values = Prisma.join(Object.values(CONTACT_TABLE.columns) as Prisma.Sql[], ", ");
  return sql`SELECT coalesce(json_agg(json_build_array(${values}) ORDER BY c.id), '[]'::json) AS rows
    FROM ${k} JOIN "Contact" c ON c.id = k.id LEFT JOIN "Company" co ON co.id = c."companyId"`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids without duplicates, in the server's spelling (lower case), if all are plain UUIDs. */
export function plainUuids(ids: string[]): string[] | null {
  return ids.every((id) => UUID.test(id)) ? [...new Set(ids.map((id) => id.toLowerCase()))] : null;
}

/**
 * The contact ids as one query parameter, without duplicates (each id is looked up once): the
 * array literal `{id,id,...}` as one text value that the server casts to uuid[]. Only when every id
 * is a plain UUID (nothing to escape); otherwise the ids go as an array the driver escapes.
 */
export function contactIdsParam(ids: string[]): Prisma.Sql {
  const plain = plainUuids(ids);
  return plain ? sql`${`{${plain.join(",")}}`}::uuid[]` : sql`${[...new Set(ids)]}::uuid[]`;
}

/** `k`: a relation of contact ids (column id), e.g. `unnest(...) AS k(id)` or a CTE named k. */
export function contactIdsRelation(ids: string[]): Prisma.Sql {
  return sql`unnest(${contactIdsParam(ids)}) AS k(id)`;
}

/** Which rows of a table a statement reads. */
export type RowsOf =
  /** Those of the contacts in k (a relation of ids, see contactIdsRelation): a look-up per contact. */
  | { lookUp: Prisma.Sql }
  /** Those of every contact in an id range (from and to included): one index range scan. */
  | { range: { from: string; to: string } };

/** What the SQL needs of a table, whatever its row type. */
type TableSql = Pick<FactTable<object>, "table" | "filter" | "join" | "order"> & { columns: object };

/** One row, one column (`rows`): the table's rows, as a JSON array of arrays. */
export function factTableJson(t: TableSql, rowsOf: RowsOf): Prisma.Sql {
  const values = Prisma.join(Object.values(t.columns) as Prisma.Sql[], ", ");
  const order = t.order ? sql` ORDER BY ${t.order}` : Prisma.empty;
  const filter = t.filter ? sql` AND ${t.filter}` : Prisma.empty;
  const table = Prisma.raw(`"${t.table}"`);
  const source =
    "range" in rowsOf
      ? sql`(SELECT * FROM ${table} t
          WHERE t."contactId" BETWEEN ${rowsOf.range.from}::uuid AND ${rowsOf.range.to}::uuid${filter}) x`
      : sql`${rowsOf.lookUp} CROSS JOIN LATERAL (
          SELECT * FROM ${table} t WHERE t."contactId" = k.id${filter} OFFSET 0
        ) x`;
  return sql`SELECT coalesce(json_agg(json_build_array(${values})${order}), '[]'::json) AS rows
    FROM ${source} ${t.join ?? Prisma.empty}`;
}

/**
 * The JSON arrays of factTableJson as row objects, timestamps as Dates; with `only`, the rows of
 * those contacts only (a range holds others too).
 */
export function decodeFactRows<R>(t: FactTable<R>, rows: unknown[][], only?: Set<string>): R[] {
  const names = Object.keys(t.columns);
  const isDate = names.map((n) => (t.dates as string[]).includes(n));
  const contact = names.indexOf("contactId");
  const out: R[] = [];
  for (const values of rows) {
    if (only && !only.has(values[contact] as string)) continue;
    const row: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) {
      const v = values[i];
      row[names[i]] = isDate[i] && v !== null ? new Date(v as string) : v;
    }
    out.push(row as R);
  }
  return out;
}
