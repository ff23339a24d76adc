/**
 * The same fact rows as loadFactRows, fetched in ONE statement (each table aggregated to JSON).
 * For interactive decisions about one or a few contacts, where round trips and pool connections —
 * not rows — are the cost: nine parallel queries per decision took nine pooled connections and
 * capped single-decision throughput well below the 200 req/s target. Each statement a request
 * sends costs a system call and the driver's work on both ends, whatever it reads.
 */
import { Prisma } from "@generated/prisma/client";
import type { Db } from "@/server/db";
import type { FactRows, NoticeRow } from "./fact-rows";
import { contactIdsParam, decodeFactRows, FACT_TABLES, factTableJson, NOTICE_TABLE } from "./fact-tables";

type Query = Pick<Db, "$queryRaw">;

// The same tables, columns and look-ups as the per-table loader (fact-tables.ts), so both loaders
// produce the same rows; here the ids are sent once, as the CTE k that every table's look-up reads.
const NAMES = Object.keys(FACT_TABLES) as (keyof FactRows)[];
const rowsOf = { lookUp: Prisma.sql`k` };

type Row = Record<keyof FactRows | "notices", unknown[][]>;

export async function loadFactRowsOneTrip(db: Query, ids: string[]): Promise<FactRows> {
  return decodeAll(await readOneTrip(db, ids, false));
}

/**
 * The fact rows and the art. 14 notices given (AVG art. 14) of one or a few contacts, in the same
 * one statement: what a single decision reads (load-contact-facts.ts). The notices are those of
 * every contact asked for; the decision counts them only where the contact's source owes one.
 */
export async function loadFactAndNoticeRowsOneTrip(
  db: Query,
  ids: string[],
): Promise<{ rows: FactRows; notices: NoticeRow[] }> {
  const row = await readOneTrip(db, ids, true);
  return { rows: decodeAll(row), notices: decodeFactRows(NOTICE_TABLE, row.notices) };
}

async function readOneTrip(db: Query, ids: string[], withNotices: boolean): Promise<Row> {
  const columns = NAMES.map(
    (name) => Prisma.sql`(${factTableJson(FACT_TABLES[name], rowsOf)}) AS ${Prisma.raw(`"${name}"`)}`,
  );
  if (withNotices) columns.push(Prisma.sql`(${factTableJson(NOTICE_TABLE, rowsOf)}) AS "notices"`);
  const [row] = await db.$queryRaw<Row[]>`
    WITH k(id) AS MATERIALIZED (SELECT unnest(${contactIdsParam(ids)}))
    SELECT ${Prisma.join(columns, ", ")}`;
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
