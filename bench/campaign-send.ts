/**
 * A campaign to BENCH_CONTACTS contacts (default 100,000) on PostgreSQL, sent through a real SMTP
 * server in this process (the tests' sink) by the worker's own loop (runCampaigns): the whole
 * audience decided again and a recipient row written per contact, then the pending recipients sent
 * a chunk at a time, each chunk decided again by the engine from the facts just before it is
 * mailed, as the product does. Prints the time until the first message, messages/s, the total, and
 * how many messages the sink received: that must equal the recipients the engine allowed. The sink
 * runs on the same cores as the worker and PostgreSQL. Creates its own database and drops it
 * afterwards.
 *   BENCH_CONTACTS=1000000 npm run bench -- campaign-send
 */
import pg from "pg";
import { connectDatabase } from "@/server/db/connect";
import { SYSTEM } from "@/server/audit/actor";
import { createMailTransport } from "@/server/mail/gate";
import { createCampaign } from "@/features/campaigns/services/create-campaign";
import { queueCampaign } from "@/features/campaigns/services/queue-campaign";
import { runCampaigns } from "@/features/campaigns/services/run-campaigns";
import { createScratchDatabase } from "../tests/support/scratch-database";
import { startSmtpSink } from "../tests/integration/mail/smtp-sink";
import { figure, timed, type Bench } from "./_bench";
import { seedAudience } from "./_seed-audience";

const SERVER = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 100_000);

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const n = (x: number) => x.toLocaleString("en");

const bench: Bench = {
  description: `a campaign to ${n(CONTACTS)} contacts sent over SMTP by the campaign worker, on PostgreSQL`,
  async run() {
    const scratch = await createScratchDatabase(SERVER, "grondslag_bench_send");
    const db = await connectDatabase({ kind: "postgres", url: scratch.url });
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    const sink = await startSmtpSink();
    // The sink keeps every message; count them as they come and let them go, so that a large run
    // does not hold them all in memory.
    let received = 0;
    const drain = () => (received += sink.received.splice(0).length);
    const draining = setInterval(drain, 1000);
    try {
      const seeded = await timed(() => seedAudience(client, CONTACTS));
      figure("seed (set-based INSERT ... SELECT generate_series)", s(seeded.ms));

      const { id } = await createCampaign(db.prisma, SYSTEM, {
        name: "Bench",
        purposeId: seeded.value.purposeId,
        commercial: true,
        subject: "Nieuwsbrief december",
        body: "Beste relatie,\n\nOns nieuws van deze maand.\n\nMet vriendelijke groet,\nGrondslag",
        audience: {},
      });
      await queueCampaign(db.prisma, SYSTEM, id);

      let first = 0;
      let handled = 0;
      const t0 = performance.now();
      const run = await timed(() =>
        runCampaigns(db.prisma, createMailTransport(sink.url), {
          afterSend: () => {
            first ||= performance.now();
            handled++;
          },
        }),
      );
      drain();
      if (!run.value.includes(id)) figure("WARNING", "the campaign did not finish");

      const byStatus = Object.fromEntries(
        (await db.prisma.campaignRecipient.groupBy({ by: ["status"], where: { campaignId: id }, _count: true })).map(
          (g) => [g.status, g._count],
        ),
      ) as Record<string, number | undefined>;
      const allowed = await db.prisma.campaignRecipient.count({ where: { campaignId: id, decision: "allow" } });
      const sent = byStatus.sent ?? 0;
      const untilFirst = first - t0;
      const sending = run.ms - untilFirst;

      figure("campaign sent by the worker loop (decide, write, send)", `${s(run.ms)} in all`);
      figure("   until the first message (audience decided, rows written)", s(untilFirst));
      figure(
        "   sending (each chunk of 100 decided again, then mailed)",
        `${s(sending)} for ${n(handled)} messages (${n(Math.round(handled / (sending / 1000)))}/s)`,
      );
      figure("   per message (decision, status writes, SMTP)", `${(sending / handled).toFixed(1)} ms`);
      figure("messages/s over the whole run", `${n(Math.round(sent / (run.ms / 1000)))}/s (no target)`);
      figure(
        "recipients sent / blocked / failed",
        `${n(sent)} / ${n(byStatus.blocked ?? 0)} / ${n(byStatus.failed ?? 0)} of ${n(CONTACTS)}`,
      );
      figure(
        "messages the SMTP sink received (must equal allowed)",
        `${n(received)} ${received === allowed ? "(agrees)" : `(DISAGREES: ${n(allowed)} allowed)`}`,
      );
    } finally {
      clearInterval(draining);
      await sink.close();
      await client.end();
      await db.close();
      await scratch.drop();
    }
  },
};
export default bench;
