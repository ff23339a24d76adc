/**
 * The same fact rows as loadFactRows, fetched in ONE statement (each table aggregated to JSON).
 * For interactive decisions about one or a few contacts, where round trips and pool connections —
 * not rows — are the cost: nine parallel queries per decision took nine pooled connections and
 * capped single-decision throughput well below the 200 req/s target. Each statement a request
 * sends costs a system call and the driver's work on both ends, whatever it reads.
 */
import { Prisma } from "@generated/prisma/client";
import type { Db } from "@/server/db";
import { purposeByKeyJsonSql, type LoadedPurpose } from "@/features/purposes";
import type { ContactRow, FactRows, NoticeRow } from "./fact-rows";
import {
  CONTACT_TABLE,
  contactIdsParam,
  contactRowsJson,
  decodeFactRows,
  FACT_TABLES,
  factTableJson,
  NOTICE_TABLE,
} from "./fact-tables";
import { policyFromRow, policyJsonSql, type OutreachPolicy } from "./get-outreach-settings";

type Query = Pick<Db, "$queryRaw">;

// The same tables, columns and look-ups as the per-table loader (fact-tables.ts), so both loaders
// produce the same rows; here the ids are sent once, as the CTE k that every table's look-up reads.
const NAMES = Object.keys(FACT_TABLES) as (keyof FactRows)[];
const rowsOf = { lookUp: Prisma.sql`k` };
const notices = Prisma.sql`(${factTableJson(NOTICE_TABLE, rowsOf)}) AS "notices"`;

type Row = Record<keyof FactRows | "notices" | "contacts", unknown[][]> & {
  settings: Parameters<typeof policyFromRow>[0];
  purpose: LoadedPurpose | null;
  listed: boolean;
  suppressionVersion: string;
} & Record<`also_${string}`, unknown>;

export async function loadFactRowsOneTrip(db: Query, ids: string[]): Promise<FactRows> {
  return decodeAll(await readOneTrip(db, ids, []));
}

/**
 * The fact rows and the art. 14 notices given (AVG art. 14) of one or a few contacts, in the same
 * one statement. The notices are those of every contact asked for; a decision counts them only
 * where the contact's source owes one.
 */
export async function loadFactAndNoticeRowsOneTrip(
  db: Query,
  ids: string[],
): Promise<{ rows: FactRows; notices: NoticeRow[] }> {
  const row = await readOneTrip(db, ids, [notices]);
  return { rows: decodeAll(row), notices: decodeFactRows(NOTICE_TABLE, row.notices) };
}

/** Everything a decision about these contacts reads from the database, but the suppression list's entries. */
export type DecisionInputs = {
  /** The contacts that exist, by id (the audience's ContactRow). */
  contacts: ContactRow[];
  rows: FactRows;
  notices: NoticeRow[];
  /** The organisation's settings, as getOutreachPolicy reads them. */
  policy: OutreachPolicy;
  /** The purpose asked for by key, as getPurposeByKey reads it; null when there is none (or none was asked for). */
  purpose: LoadedPurpose | null;
  /** Whether the suppression list holds any entry at all: if not, nobody's identifiers need hashing. */
  suppressionListed: boolean;
  /** The list's version in this statement's snapshot: which copy of its entries this decision may use. */
  suppressionVersion: string;
};

/**
 * A further value read in the same statement: its query of one value (a scalar sub-query), and how
 * to read what the driver decodes from it, so the caller gets it typed. `read` stands beside the
 * SQL it reads: what shape the value has is known there and nowhere else.
 */
export type AlsoRead<T> = { sql: Prisma.Sql; read: (value: unknown) => T };
/** Further values by name. */
export type AlsoReads = Record<string, AlsoRead<unknown>>;
/** What each of them comes back as. */
export type AlsoValues<A extends AlsoReads> = { [N in keyof A]: ReturnType<A[N]["read"]> };

/**
 * What a single decision reads, in ONE statement: the contacts' own rows, their fact rows and
 * notices (as above), the organisation's settings, the purpose, and whether the suppression list
 * is empty. A single eligibility question used to send these as five statements; each costs a
 * round trip, a system call and the driver's work on both ends, and on the API's hot path that was
 * most of a decision's cost. Everything is read in one snapshot, and nothing is kept between
 * requests: a setting or purpose changed on another instance counts from the next question on.
 * The suppression list's entries cannot be read here: they are keyed hashes whose key is outside
 * the database (src/server/suppression-key.ts), so they are looked up afterwards, and only when
 * the list is not empty; the statement reads the list's version, so that an instance holding a copy
 * of that version looks them up in memory (suppression-source.ts).
 *
 * `also`: what a caller shows beside the decision, read in the same statement and snapshot rather
 * than in statements of its own (the eligibility grid's purposes and contact points, the preference
 * page's notice texts). Each may read `k`, the relation of the ids asked for (column id); each comes
 * back as its `read` makes of what the driver decodes (JSON as values).
 */
export async function loadDecisionInputsOneTrip<A extends AlsoReads = Record<never, never>>(
  db: Query,
  ids: string[],
  purposeKey?: string,
  also?: A,
): Promise<DecisionInputs & { also: AlsoValues<A> }> {
  const names = Object.keys(also ?? {}) as (keyof A & string)[];
  const row = await readOneTrip(db, ids, [
    notices,
    Prisma.sql`(${contactRowsJson(Prisma.sql`k`)}) AS "contacts"`,
    Prisma.sql`(${policyJsonSql()}) AS "settings"`,
    purposeKey === undefined
      ? Prisma.sql`NULL AS "purpose"`
      : Prisma.sql`(${purposeByKeyJsonSql(purposeKey)}) AS "purpose"`,
    Prisma.sql`EXISTS (SELECT 1 FROM "SuppressionEntry") AS "listed"`,
    Prisma.sql`(SELECT "version"::text FROM "SuppressionListVersion" WHERE id = 1) AS "suppressionVersion"`,
    ...names.map((name) => Prisma.sql`(${also![name].sql}) AS ${Prisma.raw(`"${alsoColumn(name)}"`)}`),
  ]);
  return {
    contacts: decodeFactRows(CONTACT_TABLE, row.contacts),
    rows: decodeAll(row),
    notices: decodeFactRows(NOTICE_TABLE, row.notices),
    policy: policyFromRow(row.settings),
    purpose: row.purpose,
    suppressionListed: row.listed,
    suppressionVersion: row.suppressionVersion,
    also: Object.fromEntries(names.map((name) => [name, also![name].read(row[alsoColumn(name)])])) as AlsoValues<A>,
  };
}

/** A column of its own for each further value; the names are the callers' own, never user input. */
function alsoColumn(name: string): `also_${string}` {
  if (!/^\w+$/.test(name)) throw new Error(`Not a plain name for a column: ${name}`);
  return `also_${name}`;
}

async function readOneTrip(db: Query, ids: string[], extra: Prisma.Sql[]): Promise<Row> {
  const columns = NAMES.map(
    (name) => Prisma.sql`(${factTableJson(FACT_TABLES[name], rowsOf)}) AS ${Prisma.raw(`"${name}"`)}`,
  );
  const [row] = await db.$queryRaw<Row[]>`
    WITH k(id) AS MATERIALIZED (SELECT unnest(${contactIdsParam(ids)}))
    SELECT ${Prisma.join([...columns, ...extra], ", ")}`;
  return row;
}

function decodeAll(row: Row): FactRows {
  const decode = <K extends keyof FactRows>(name: K) => decodeFactRows(FACT_TABLES[name], row[name]) as FactRows[K];
  return {
    emails: decode("emails"),
    phones: decode("phones"),
    postal: decode("postal"),
    consents: decode("consents"),
    bases: decode("bases"),
    relationships: decode("relationships"),
    objections: decode("objections"),
    restrictions: decode("restrictions"),
    optOuts: decode("optOuts"),
    calls: decode("calls"),
  };
}
