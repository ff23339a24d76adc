/**
 * The contacts list and the contact page at BENCH_CONTACTS (default 100,000) on PostgreSQL: server
 * time of the list's queries for the first page and for a deep page (halfway through, reached by
 * its keyset cursor as the "next" links do) with every filter and sort of the list, and of the
 * contact page's queries. Median of five after one warm-up. Creates its own database.
 */
import pg from "pg";
import { connectDatabase } from "@/server/db/connect";
import type { Db } from "@/server/db";
import { createScratchDatabase } from "../tests/support/scratch-database";
import { findContacts } from "@/features/contacts/services/find-contacts";
import { findContactBadges } from "@/features/contacts/services/find-contact-badges";
import { exportContactsCsv } from "@/features/contacts/services/export-contacts-csv";
import { getContactActivity } from "@/features/consents/services/get-contact-activity";
import { SYSTEM } from "@/server/audit/actor";
import { getContact } from "@/features/contacts/services/get-contact";
import { getContactTimeline } from "@/features/consents/services/get-contact-timeline";
import { getEligibility } from "@/features/outreach/services/get-eligibility";
import { encodeCursor } from "@/features/contacts/rules/keyset-cursor";
import type { TFindContactsInput } from "@/features/contacts/schemas";
import { figure, percentile, type Bench } from "./_bench";
import { seedAudience } from "./_seed-audience";

const SERVER = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 100_000);
const TARGET = "≤ 100 ms";

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return percentile(
    times.sort((a, b) => a - b),
    50,
  );
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

/** The cursor of the row halfway through the list as `input` sorts and filters it. */
async function halfwayCursor(client: pg.Client, input: TFindContactsInput, where: string): Promise<string | null> {
  const sort = input.sort ?? "name_asc";
  const column = sort.startsWith("name") ? "lastName" : "createdAt";
  const dir = sort.endsWith("asc") ? "ASC" : "DESC";
  const { rows } = await client.query(
    `SELECT c.id, c."${column}" AS v, count(*) OVER () AS n FROM "Contact" c ${where} ORDER BY c."${column}" ${dir}, c.id ${dir}`,
  );
  if (rows.length === 0) return null;
  const row = rows[Math.floor(rows.length / 2)];
  return encodeCursor({ value: column === "createdAt" ? new Date(row.v).toISOString() : row.v, id: row.id });
}

const bench: Bench = {
  description: `contacts list and contact page at ${CONTACTS.toLocaleString("en")} contacts on PostgreSQL`,
  async run() {
    const scratch = await createScratchDatabase(SERVER, "grondslag_bench");
    const database = await connectDatabase({ kind: "postgres", url: scratch.url });
    const db: Db = database.prisma;
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    try {
      const seeded = await seedAudience(client, CONTACTS);
      await client.query("VACUUM ANALYZE");
      const purposeId = seeded.purposeId;
      const [{ id: companyId }] = (
        await client.query(`SELECT "companyId" AS id FROM "Contact" WHERE "companyId" IS NOT NULL LIMIT 1`)
      ).rows;
      // [label, input, the same filter as SQL for finding the halfway cursor (null: no deep page)]
      const cases: [string, TFindContactsInput, string | null][] = [
        ["by name", { sort: "name_asc" }, ""],
        ["newest first", { sort: "created_desc" }, ""],
        ["search a first name", { q: "voornaam12" }, null],
        ["search a last name", { q: "achternaam4711" }, null],
        ["search an e-mail address", { q: "p4711@" }, null],
        ["search a phone number", { q: "+3160000471" }, null],
        ["source: purchased list", { source: "purchased_list" }, `WHERE c."sourceType" = 'purchased_list'`],
        ["one company", { companyId }, `WHERE c."companyId" = '${companyId}'`],
        ["consent given for a purpose", { purposeId, purposeStatus: "given" }, null],
        ["consent withdrawn for a purpose", { purposeId, purposeStatus: "withdrawn" }, null],
        ["no consent for a purpose", { purposeId, purposeStatus: "none" }, null],
        ["phone consent awaiting confirmation", { awaitingConfirmation: true }, null],
        ["objection in force", { flag: "objection" }, null],
      ];
      // What the page runs: the page of contacts, then the badges of its rows (two queries).
      const listPage = async (input: TFindContactsInput) => {
        const page = await findContacts(db, input);
        await findContactBadges(
          db,
          page.rows.map((r) => r.id),
        );
      };
      for (const [label, input, where] of cases) {
        const first = await median(() => listPage(input));
        let deep = "";
        if (where !== null) {
          const after = await halfwayCursor(client, input, where);
          if (after) deep = `, deep page ${ms(await median(() => listPage({ ...input, after })))}`;
        }
        figure(`list, ${label}`, `first page ${ms(first)}${deep}`);
      }
      figure("   target", `${TARGET} each`);
      const { rows } = await client.query(
        `SELECT "contactId" AS id FROM "ConsentRecord" ORDER BY id LIMIT 1 OFFSET $1`,
        [Math.floor(CONTACTS / 4)],
      );
      const id = rows[0].id as string;
      figure(
        "contact page (contact, timeline, activity, every decision)",
        ms(
          await median(() =>
            Promise.all([
              getContact(db, id),
              getContactTimeline(db, id),
              getContactActivity(db, id),
              getEligibility(db, id),
            ]),
          ),
        ),
      );
      figure("   target", TARGET);

      // The CSV export of the whole list, read to the end as a browser would: its time, and (with
      // node --expose-gc) the largest live heap after a collection every tenth part, which must not
      // grow with the number of contacts.
      const gc = global.gc;
      gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      let peak = 0;
      let bytes = 0;
      let parts = 0;
      const t0 = performance.now();
      const file = await exportContactsCsv(db, SYSTEM, {});
      const reader = file.body.getReader();
      for (let part = await reader.read(); !part.done; part = await reader.read()) {
        bytes += part.value.byteLength;
        if (gc && ++parts % 10 === 0) {
          gc();
          peak = Math.max(peak, process.memoryUsage().heapUsed - heapBefore);
        }
      }
      const seconds = (performance.now() - t0) / 1000;
      const heap = gc ? `live heap growth ${(peak / 1e6).toFixed(1)} MB` : "live heap: run with node --expose-gc";
      figure(
        `export of all ${CONTACTS.toLocaleString("en")} contacts (CSV, streamed)`,
        `${seconds.toFixed(1)} s, ${(bytes / 1e6).toFixed(1)} MB, ${heap}`,
      );
    } finally {
      await client.end();
      await database.close();
      await scratch.drop();
    }
  },
};
export default bench;
