/**
 * An audience of BENCH_CONTACTS (default 100,000) on PostgreSQL: the decision store filled, the
 * campaign preview answered from it, the engine deciding the same audience from the facts (as a
 * send does), and a hand-written single SQL query for the simple consent case as the yardstick.
 * Creates its own database and drops it afterwards.
 */
import pg from "pg";
import { connectDatabase } from "@/server/db/connect";
import { createScratchDatabase } from "../tests/support/scratch-database";
import { getPurposeById } from "@/features/purposes/services/load-purpose";
import { figure, timed, type Bench } from "./_bench";
import { seedAudience } from "./_seed-audience";
import { engineFigure, previewFigures, storeFigures } from "./_audience-figures";

const SERVER = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 100_000);

// The consent rule in one query: the latest counted consent event for the purpose covering e-mail
// is a grant, the contact has an address, and nothing earlier in the order of precedence denies
// (restriction, objection, a channel opt-out not overridden by a later consent). Only for this
// simple case: no customer exception, designations, corrections, purchased lists or lifetimes.
const CONSENT_SQL = `
WITH latest AS (
  SELECT DISTINCT ON ("contactId") "contactId", action, "effectiveAt"
  FROM "ConsentRecord"
  WHERE "purposeId" = $1 AND (cardinality(channels) = 0 OR 'email' = ANY(channels))
    AND "effectiveAt" <= $2 AND "recordedAt" <= $2 AND NOT invalidates AND "correctsId" IS NULL
  ORDER BY "contactId", "effectiveAt" DESC, "recordedAt" DESC, (action = 'withdrawn') DESC
)
SELECT c.id, (l.action = 'granted'
  AND EXISTS (SELECT 1 FROM "EmailAddress" e WHERE e."contactId" = c.id)
  AND NOT EXISTS (SELECT 1 FROM "Restriction" r WHERE r."contactId" = c.id AND r."setAt" <= $2 AND (r."liftedAt" IS NULL OR r."liftedAt" > $2))
  AND NOT EXISTS (SELECT 1 FROM "Objection" o WHERE o."contactId" = c.id AND o.scope = 'direct_marketing' AND o."receivedAt" <= $2 AND (o."withdrawnAt" IS NULL OR o."withdrawnAt" > $2))
  AND NOT EXISTS (SELECT 1 FROM "ChannelOptOut" x WHERE x."contactId" = c.id AND x.channel = 'email' AND x.at <= $2 AND x.at >= l."effectiveAt")
) IS TRUE AS allowed
FROM "Contact" c LEFT JOIN latest l ON l."contactId" = c.id`;

const bench: Bench = {
  description: `${CONTACTS.toLocaleString("en")}-contact audience on PostgreSQL`,
  async run() {
    const scratch = await createScratchDatabase(SERVER, "grondslag_bench");
    const db = await connectDatabase({ kind: "postgres", url: scratch.url });
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    try {
      const seeded = await timed(() => seedAudience(client, CONTACTS));
      figure("seed (set-based INSERT ... SELECT generate_series)", `${(seeded.ms / 1000).toFixed(1)} s`);
      const purpose = await getPurposeById(db.prisma, seeded.value.purposeId);

      await storeFigures(db.prisma, CONTACTS);
      await client.query("VACUUM ANALYZE");
      const preview = await previewFigures(
        db.prisma,
        purpose,
        "≤ 5 s for 1,000,000 contacts, and ≤ 2x the single SQL below",
      );

      const at = new Date();
      const sql = await timed(() => client.query<{ id: string; allowed: boolean }>(CONSENT_SQL, [purpose.id, at]));
      const sqlAllowed = sql.value.rows.filter((r) => r.allowed).length;
      figure(
        "hand-written single SQL, consent case only",
        `${(sql.ms / 1000).toFixed(2)} s for ${sql.value.rowCount?.toLocaleString("en")} rows`,
      );
      figure(
        "   allowed on consent by SQL (must equal the preview's)",
        `${sqlAllowed.toLocaleString("en")} ${sqlAllowed === preview.allowedOnConsent ? "(agrees)" : `(DISAGREES: ${preview.allowedOnConsent})`}`,
      );
      figure("ratio preview / single SQL", `${(preview.emailMs / sql.ms).toFixed(2)}x (target ≤ 2x)`);

      if (process.env.BENCH_SKIP_ENGINE !== "1") {
        const engineMs = await engineFigure(db.prisma, purpose);
        figure("ratio engine from facts / single SQL", `${(engineMs / sql.ms).toFixed(1)}x (sends; no target)`);
      }
    } finally {
      await client.end();
      await db.close();
      await scratch.drop();
    }
  },
};
export default bench;
