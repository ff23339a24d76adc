/**
 * The integration API over real HTTP: the production server (`next start`, the build in .next) on
 * a fresh PostgreSQL database seeded with a realistic audience, an API key, then
 *  - single eligibility questions sent at a steady rate (open loop: each request leaves at its
 *    scheduled time whatever the others do, and its latency counts from that time, so a server
 *    that falls behind shows it instead of hiding it), p50 / p99;
 *  - a 10,000-contact batch, timed.
 * Needs `npm run build` first. Creates its own database and drops it afterwards.
 */
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { connectDatabase } from "@/server/db/connect";
import { createScratchDatabase } from "../tests/support/scratch-database";
import { SYSTEM } from "@/server/audit/actor";
import { createApiKey } from "@/features/api-keys/services/create-api-key";
import { figure, percentile, timed, type Bench } from "./_bench";
import { seedAudience } from "./_seed-audience";
import { freePort, startServer, stopServer } from "./_server";

const SERVER = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const CONTACTS = Number(process.env.BENCH_HTTP_CONTACTS ?? 20_000);
/** Steady rates to hold, each for SECONDS: a comfortable one and the target. */
const RATES = (process.env.BENCH_HTTP_RATES ?? "50,200").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const BATCH = 10_000;
const root = path.resolve(import.meta.dirname, "..");

const bench: Bench = {
  description: `eligibility over HTTP (next start, PostgreSQL, ${CONTACTS.toLocaleString("en")} contacts): ${RATES.join(" and ")} req/s for ${SECONDS} s each, the most it sustains, and a ${BATCH.toLocaleString("en")}-contact batch`,
  async run() {
    if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
      console.log("   skipped: no production build (run `npm run build` first)");
      return;
    }
    const scratch = await createScratchDatabase(SERVER, "grondslag_bench_http");
    const databaseUrl = scratch.url;
    let server: ChildProcess | null = null;
    try {
      const db = await connectDatabase({ kind: "postgres", url: databaseUrl });
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      const seeded = await timed(() => seedAudience(client, CONTACTS));
      const ids = (await client.query<{ id: string }>(`SELECT id FROM "Contact" ORDER BY random()`)).rows.map(
        (r) => r.id,
      );
      await client.end();
      const { token } = await createApiKey(db.prisma, SYSTEM, { name: "bench", scopes: ["eligibility:read"] });
      await db.close();
      figure("seed", `${(seeded.ms / 1000).toFixed(1)} s`);

      const port = await freePort();
      const started = await timed(() => startServer(databaseUrl, port));
      server = started.value;
      figure("server start (next start, migrations checked)", `${(started.ms / 1000).toFixed(1)} s`);

      const base = `http://127.0.0.1:${port}/api/v1`;
      const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
      const ask = async (contactId: string) => {
        const res = await fetch(`${base}/eligibility`, {
          method: "POST",
          headers,
          body: JSON.stringify({ contactId, purpose: seeded.value.purposeKey, channel: "email" }),
        });
        await res.arrayBuffer();
        return res.status;
      };

      for (let i = 0; i < 200; i++) await ask(ids[i % ids.length]); // warm-up: JIT, connection pool, route compilation
      let n = 0;
      for (const rate of RATES) {
        const total = rate * SECONDS;
        const latencies: number[] = [];
        const statuses = new Map<number, number>();
        const t0 = performance.now();
        await Promise.all(
          Array.from({ length: total }, async (_, slot) => {
            const i = n++;
            const scheduled = t0 + (slot * 1000) / rate;
            const wait = scheduled - performance.now();
            if (wait > 0) await new Promise((r) => setTimeout(r, wait));
            const status = await ask(ids[i % ids.length]).catch(() => 0);
            latencies.push(performance.now() - scheduled);
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
          }),
        );
        const elapsed = (performance.now() - t0) / 1000;
        latencies.sort((a, b) => a - b);
        figure(
          `single eligibility, ${rate} req/s open loop, ${total.toLocaleString("en")} requests`,
          `p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`,
        );
        figure(
          "   achieved rate / statuses",
          `${Math.round(total / elapsed)} req/s / ${[...statuses].map(([s, c]) => `${s}: ${c}`).join(", ")}`,
        );
      }
      // Closed loop, 8 at a time: the most this machine answers per second (server, database and this client share it).
      const closed = await timed(async () => {
        let done = 0;
        const until = performance.now() + 5_000;
        await Promise.all(
          Array.from({ length: 8 }, async () => {
            while (performance.now() < until) {
              await ask(ids[done++ % ids.length]);
            }
          }),
        );
        return done;
      });
      figure(
        "single eligibility, 8 concurrent, closed loop, 5 s",
        `${Math.round(closed.value / (closed.ms / 1000))} req/s`,
      );

      const batchIds = ids.slice(0, BATCH);
      const runs: number[] = [];
      let summary = "";
      for (let i = 0; i < 3; i++) {
        const r = await timed(async () => {
          const res = await fetch(`${base}/eligibility/batch`, {
            method: "POST",
            headers,
            body: JSON.stringify({ purpose: seeded.value.purposeKey, channel: "email", contactIds: batchIds }),
          });
          return { status: res.status, body: (await res.json()) as { results: { decision: string }[] } };
        });
        runs.push(r.ms);
        const allowed = r.value.body.results?.filter((x) => x.decision === "allow").length ?? 0;
        summary = `${r.value.status}, ${r.value.body.results?.length ?? 0} results, ${allowed} allowed`;
      }
      figure(
        `${BATCH.toLocaleString("en")}-contact batch over HTTP (3 runs)`,
        `${runs.map((ms) => `${ms.toFixed(0)} ms`).join(", ")} (${summary})`,
      );
    } finally {
      if (server) await stopServer(server);
      await scratch.drop();
    }
  },
};
export default bench;
