/**
 * The same fact rows as loadFactRows, fetched in ONE statement (each table aggregated to JSON).
 * For interactive decisions about one or a few contacts, where round trips and pool connections —
 * not rows — are the cost: nine parallel queries per decision took nine pooled connections and
 * capped single-decision throughput well below the 200 req/s target.
 */
import { Prisma } from "@generated/prisma/client";
import type { Db } from "@/server/db";
import type { FactRows } from "./fact-rows";
import { contactIdsParam, decodeFactRows, FACT_TABLES, factTableJson } from "./fact-tables";

type Query = Pick<Db, "$queryRaw">;

// The same tables, columns and look-ups as the per-table loader (fact-tables.ts), so both loaders
// produce the same rows; here the ids are sent once, as the CTE k that every table's look-up reads.
const NAMES = Object.keys(FACT_TABLES) as (keyof FactRows)[];

export async function loadFactRowsOneTrip(db: Query, ids: string[]): Promise<FactRows> {
  const rowsOf = { lookUp: Prisma.sql`k` };
  const columns = NAMES.map(
    (name) => Prisma.sql`(${factTableJson(FACT_TABLES[name], rowsOf)}) AS ${Prisma.raw(`"${name}"`)}`,
  );
  const [row] = await db.$queryRaw<Record<keyof FactRows, unknown[][]>[]>`
    WITH k(id) AS MATERIALIZED (SELECT unnest(${contactIdsParam(ids)}))
    SELECT ${Prisma.join(columns, ", ")}`;
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
