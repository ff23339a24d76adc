/**
 * The integration API over real HTTP: the production server (what `npm start` serves, the build in
 * .next) on a fresh PostgreSQL database seeded with a realistic audience, an API key, then
 *  - single eligibility questions at 200 req/s for a minute (open loop, see bench/_http.ts), p50 /
 *    p99 beside the target (p99 <= 20 ms);
 *  - rising rates, 10 s each, up to the first whose p99 passes 50 ms: the highest rate held;
 *  - a 10,000-contact batch, timed;
 *  - for comparison, the minute at 200 req/s again with one server process per core
 *    (WEB_CONCURRENCY), when that is not what `npm start` runs.
 * The load generator is this process, the server another (sharing this machine's cores).
 * Needs `npm run build` first. Creates its own database and drops it afterwards.
 */
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import pg from "pg";
import { connectDatabase } from "@/server/db/connect";
import { createScratchDatabase } from "../tests/support/scratch-database";
import { SYSTEM } from "@/server/audit/actor";
import { createApiKey } from "@/features/api-keys/services/create-api-key";
import { figure, timed, type Bench } from "./_bench";
import { highestRateWithin, openLoop, send, warmUp } from "./_http";
import { seedAudience } from "./_seed-audience";
import { freePort, processCpuMs, startServer, stopServer } from "./_server";
import { serverProcesses } from "../scripts/lib/server-processes.mjs";

const SERVER = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const CONTACTS = Number(process.env.BENCH_HTTP_CONTACTS ?? 20_000);
/** The target: p99 <= 20 ms at 200 req/s, held for a minute. */
const TARGET_RATE = Number(process.env.BENCH_HTTP_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 60);
const TARGET_P99_MS = 20;
/** Then the highest rate held with p99 <= 50 ms, found by rising steps of SEARCH_SECONDS each. */
const SEARCH_RATES = (process.env.BENCH_HTTP_SEARCH_RATES ?? "25,50,100,150,200,250,300,400").split(",").map(Number);
const SEARCH_SECONDS = Number(process.env.BENCH_HTTP_SEARCH_SECONDS ?? 10);
const SEARCH_P99_MS = 50;
const BATCH = 10_000;
/** Calls one after another, for the CPU each process spends on one decision (less load-sensitive than latency). */
const SERIAL = Number(process.env.BENCH_HTTP_SERIAL ?? 1_500);
const root = path.resolve(import.meta.dirname, "..");

const bench: Bench = {
  description: `eligibility over HTTP (npm start's server, PostgreSQL, ${CONTACTS.toLocaleString("en")} contacts): ${TARGET_RATE} req/s for ${SECONDS} s (target p99 <= ${TARGET_P99_MS} ms), the highest rate held with p99 <= ${SEARCH_P99_MS} ms, and a ${BATCH.toLocaleString("en")}-contact batch`,
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

      const ask = (base: string) => async (i: number) => {
        const res = await send(`${base}/eligibility`, {
          method: "POST",
          headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
          body: JSON.stringify({ contactId: ids[i % ids.length], purpose: seeded.value.purposeKey, channel: "email" }),
        });
        return res.status;
      };

      // First as `npm start` serves it (one server process unless WEB_CONCURRENCY says otherwise),
      // then, for comparison, with one process per core (WEB_CONCURRENCY=<cores>).
      const chosen = serverProcesses({ DATABASE_URL: databaseUrl, WEB_CONCURRENCY: process.env.WEB_CONCURRENCY });
      const asServed = "count" in chosen ? chosen.count : 1;
      const perCore = availableParallelism();
      for (const count of perCore !== asServed ? [asServed, perCore] : [asServed]) {
        const comparison = count !== asServed;
        const label = `${count} server process${count > 1 ? "es" : ""}`;
        const port = await freePort();
        const started = await timed(() => startServer(databaseUrl, port, { processes: count }));
        server = started.value;
        figure(
          `server start (npm start's server, ${label}, migrations checked)`,
          `${(started.ms / 1000).toFixed(1)} s`,
        );
        const base = `http://127.0.0.1:${port}/api/v1`;
        const call = ask(base);
        await warmUp(call, 400);

        if (!comparison) {
          const admin = new pg.Client({ connectionString: databaseUrl });
          await admin.connect();
          // After start-up the background workers fill the decision store for every contact, check a
          // sample of it, and compute the dashboard's figures for the first time (then every ten
          // minutes): seconds of CPU that would be counted against the calls. Wait for them.
          figure(
            "start-up background work done: decision store filled and checked, dashboard figures (waited)",
            `${((await waitForStartupWork(admin)) / 1000).toFixed(1)} s`,
          );
          await figureSerialCpu(admin, server.pid!, call);
          await admin.end();
        }

        const held = await timed(() => openLoop(TARGET_RATE, SECONDS, (i) => call(1_000_000 + i)));
        const t = held.value;
        figure(
          `single eligibility, ${label}, ${TARGET_RATE} req/s open loop for ${SECONDS} s (${t.total.toLocaleString("en")} requests)`,
          `p50 ${t.p50.toFixed(1)} ms, p99 ${t.p99.toFixed(1)} ms ${comparison ? "(comparison)" : `(target p99 <= ${TARGET_P99_MS} ms)`}`,
        );
        figure("   achieved rate / statuses", `${t.achieved} req/s / ${t.statuses}`);
        if (comparison) {
          await stopServer(server);
          server = null;
          continue;
        }

        const highest = await highestRateWithin(
          SEARCH_RATES,
          SEARCH_SECONDS,
          SEARCH_P99_MS,
          (i) => call(2_000_000 + i),
          (rate, r) =>
            figure(
              `   ${rate} req/s for ${SEARCH_SECONDS} s`,
              `p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, achieved ${r.achieved} req/s [${r.statuses}]`,
            ),
        );
        figure(
          `highest rate held with p99 <= ${SEARCH_P99_MS} ms, ${label} (tried ${SEARCH_RATES.join(", ")})`,
          highest === null ? `none (even ${SEARCH_RATES[0]} req/s missed)` : `${highest} req/s`,
        );
        await figureBatch(base, token, ids.slice(0, BATCH), seeded.value.purposeKey);
        await stopServer(server);
        server = null;
      }
    } finally {
      if (server) await stopServer(server);
      await scratch.drop();
    }
  },
};
export default bench;

/**
 * Waits (up to two minutes) until every contact has stored decisions, the first self-check ran and
 * the dashboard's figures were computed; answers the ms waited.
 */
async function waitForStartupWork(admin: pg.Client): Promise<number> {
  const t0 = performance.now();
  while (performance.now() - t0 < 120_000) {
    const { rows } = await admin.query<{ done: boolean }>(
      `SELECT (SELECT count(*) FROM "StoredDecision") >= (SELECT count(*) FROM "Contact")
         AND EXISTS (SELECT 1 FROM "DecisionStoreCheck")
         AND EXISTS (SELECT 1 FROM "DashboardSnapshot" WHERE "computedAt" > to_timestamp(0)) AS done`,
    );
    if (rows[0].done) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return performance.now() - t0;
}

/**
 * One call after another: the CPU the server (all its processes) and the database's backends
 * (those connected to this scratch database) spent per call. Another process's load barely changes it.
 */
async function figureSerialCpu(admin: pg.Client, serverPid: number, call: (i: number) => Promise<number>) {
  const cpu = async () => {
    const backends = await admin.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    const byPid = new Map<number, number>();
    for (const { pid } of backends.rows) byPid.set(pid, (await processCpuMs(pid)) ?? 0);
    return { server: await processCpuMs(serverPid), byPid };
  };
  const before = await cpu();
  const serial = await timed(async () => {
    for (let i = 0; i < SERIAL; i++) await call(500_000 + i);
  });
  const after = await cpu();
  // A backend that connected during the run counts from zero.
  let pgMs = 0;
  for (const [pid, ms] of after.byPid) pgMs += ms - (before.byPid.get(pid) ?? 0);
  if (before.server !== null && after.server !== null)
    figure(
      `one call after another (${SERIAL.toLocaleString("en")}): CPU per call, server / PostgreSQL`,
      `${((after.server - before.server) / SERIAL).toFixed(2)} / ${(pgMs / SERIAL).toFixed(2)} ms (wall ${(serial.ms / SERIAL).toFixed(2)} ms per call)`,
    );
}

async function figureBatch(base: string, token: string, batchIds: string[], purpose: string) {
  const runs: number[] = [];
  let summary = "";
  for (let i = 0; i < 3; i++) {
    const r = await timed(async () => {
      const res = await fetch(`${base}/eligibility/batch`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ purpose, channel: "email", contactIds: batchIds }),
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
}
