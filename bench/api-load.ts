/**
 * Sustained mixed API traffic over real HTTP: the production server (what `npm start` serves, the build in
 * .next) on a fresh PostgreSQL database with a seeded audience, one API key with the scopes the
 * mix needs, and requests sent open loop at a fixed rate (each leaves at its scheduled time,
 * whatever the others do, and its latency counts from that time, so a server that falls behind
 * shows it). The mix is what an integrated web shop and CRM send:
 *
 *   eligibility, single ........ 55 %   POST /eligibility
 *   contact lookup by e-mail ... 15 %   GET  /contacts?email=
 *   record consent ............. 10 %   POST /contacts/{id}/consents
 *   import status .............. 10 %   GET  /imports/{id} (an import of 5,000 rows runs at the start)
 *   eligibility, batch of 100 ..  5 %   POST /eligibility/batch
 *   register a request .........  5 %   POST /requests
 *
 * Reported beside the targets: every request answered with its expected status (any other status
 * or a network error is an error, the first few are printed), p50/p99 per operation, and the
 * server's resident memory (its whole process tree) at the start, the middle and the end, which
 * should stay flat: the rule is end <= middle x 1.1 (the second half grows less than 10 %; a leak
 * grows steadily, a warmed-up server does not).
 *
 * BENCH_LOAD_RATE (default 200 req/s) and BENCH_LOAD_SECONDS (default 600) set the load;
 * BENCH_DATABASE_URL the PostgreSQL server. Needs `npm run build` first; creates its own
 * database and drops it afterwards.
 */
import type { ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { connectDatabase } from "@/server/db/connect";
import { createScratchDatabase } from "../tests/support/scratch-database";
import { SYSTEM } from "@/server/audit/actor";
import { createApiKey } from "@/features/api-keys/services/create-api-key";
import { figure, percentile, timed, type Bench } from "./_bench";
import { seedAudience } from "./_seed-audience";
import { freePort, processTree, startServer, stopServer } from "./_server";
import { send, warmUp } from "./_http";

const SERVER = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const RATE = Number(process.env.BENCH_LOAD_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 600);
const CONTACTS = 20_000;
const IMPORT_ROWS = 5_000;
const BATCH = 100;
const TARGET_P99_MS = 500;
const TARGET_RSS_GROWTH = 1.1;
const SAMPLE_EVERY_MS = 5_000;
const root = path.resolve(import.meta.dirname, "..");

type Operation =
  "eligibility" | "contact lookup" | "record consent" | "import status" | "eligibility batch" | "register request";

/** Twenty slots that repeat: the mix above, interleaved so that each second carries all of it. */
const CYCLE: Operation[] = [
  "eligibility",
  "contact lookup",
  "eligibility",
  "record consent",
  "eligibility",
  "import status",
  "eligibility",
  "contact lookup",
  "eligibility",
  "eligibility batch",
  "eligibility",
  "contact lookup",
  "eligibility",
  "record consent",
  "eligibility",
  "import status",
  "eligibility",
  "register request",
  "eligibility",
  "eligibility",
];

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): number {
  let total = 0;
  for (const p of processTree(pid)) {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // gone
    }
  }
  return total;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const bench: Bench = {
  description: `mixed API load (npm start's server, PostgreSQL, ${CONTACTS.toLocaleString("en")} contacts): ${RATE} req/s open loop for ${SECONDS} s — eligibility single and batch, contact lookup, record consent, register a request, import status`,
  async run() {
    if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
      console.log("   skipped: no production build (run `npm run build` first)");
      return;
    }
    if (!existsSync("/proc/self/status")) {
      console.log("   skipped: the memory figures read /proc (Linux)");
      return;
    }
    const scratch = await createScratchDatabase(SERVER, "grondslag_bench_load");
    const databaseUrl = scratch.url;
    let server: ChildProcess | null = null;
    try {
      const db = await connectDatabase({ kind: "postgres", url: databaseUrl });
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      const seeded = await timed(() => seedAudience(client, CONTACTS));
      const contacts = (
        await client.query<{ id: string; address: string }>(
          `SELECT c.id, e.address FROM "Contact" c JOIN "EmailAddress" e ON e."contactId" = c.id ORDER BY random()`,
        )
      ).rows;
      await client.end();
      const setup = await createApiKey(db.prisma, SYSTEM, { name: "load bench set-up", scopes: ["purposes:write"] });
      const { token } = await createApiKey(db.prisma, SYSTEM, {
        name: "load bench",
        scopes: ["eligibility:read", "contacts:read", "contacts:write", "consents:write", "requests:register"],
      });
      await db.close();
      figure("seed", `${(seeded.ms / 1000).toFixed(1)} s`);

      const port = await freePort();
      const started = await timed(() => startServer(databaseUrl, port));
      server = started.value;
      const serverPid = server.pid!;
      figure("server start (npm start's server, migrations checked)", `${(started.ms / 1000).toFixed(1)} s`);

      const base = `http://127.0.0.1:${port}/api/v1`;
      const auth = { Authorization: `Bearer ${token}` };
      const json = { ...auth, "Content-Type": "application/json" };

      // A purpose with a notice text, so that a consent names the notice in force (AVG art. 7 lid 1).
      const consentPurpose = { key: "load-newsletter" };
      const purposeMade = await fetch(`${base}/purposes`, {
        method: "POST",
        headers: { Authorization: `Bearer ${setup.token}`, "Content-Type": "application/json" },
        body: JSON.stringify({
          key: consentPurpose.key,
          name: { nl: "Nieuwsbrief", en: "Newsletter" },
          notice: { nl: "Wij sturen u onze nieuwsbrief.", en: "We send you our newsletter." },
          directMarketing: true,
          channels: ["email"],
        }),
      });
      if (purposeMade.status !== 201) throw new Error(`no purpose: ${purposeMade.status} ${await purposeMade.text()}`);

      // An import that the server's background worker runs while the load starts.
      const csv = [
        "firstName,lastName,email",
        ...Array.from({ length: IMPORT_ROWS }, (_, i) => `Import${i},Belasting,import.${i}@load.example`),
      ].join("\r\n");
      const created = await fetch(`${base}/imports?source=import&sourceDetail=${encodeURIComponent("Load bench")}`, {
        method: "POST",
        headers: { ...auth, "Content-Type": "text/csv" },
        body: csv,
      });
      if (created.status !== 202)
        throw new Error(`the import was not accepted: ${created.status} ${await created.text()}`);
      const importId = ((await created.json()) as { id: string }).id;
      // Its status is read under the load; the import itself runs first, so that the figures are
      // the API's and not the import worker's (bench/import-csv.ts measures that).
      const imported = await timed(async () => {
        for (;;) {
          const state = (await (await fetch(`${base}/imports/${importId}`, { headers: auth })).json()) as {
            status: string;
          };
          if (state.status !== "queued" && state.status !== "running") return state.status;
          await new Promise((r) => setTimeout(r, 500));
        }
      });
      figure(
        `import of ${IMPORT_ROWS.toLocaleString("en")} rows before the load`,
        `${imported.value} in ${(imported.ms / 1000).toFixed(1)} s`,
      );

      let n = 0;
      const next = () => contacts[n++ % contacts.length];
      const requestFor = (op: Operation, i: number): { url: string; init: RequestInit; expect: number } => {
        const c = next();
        switch (op) {
          case "eligibility":
            return {
              url: `${base}/eligibility`,
              init: {
                method: "POST",
                headers: json,
                body: JSON.stringify({ contactId: c.id, purpose: seeded.value.purposeKey, channel: "email" }),
              },
              expect: 200,
            };
          case "eligibility batch":
            return {
              url: `${base}/eligibility/batch`,
              init: {
                method: "POST",
                headers: json,
                body: JSON.stringify({
                  purpose: seeded.value.purposeKey,
                  channel: "email",
                  contactIds: Array.from({ length: BATCH }, () => next().id),
                }),
              },
              expect: 200,
            };
          case "contact lookup":
            return {
              url: `${base}/contacts?email=${encodeURIComponent(c.address.toUpperCase())}`,
              init: { headers: auth },
              expect: 200,
            };
          case "record consent":
            return {
              url: `${base}/contacts/${c.id}/consents`,
              init: {
                method: "POST",
                headers: json,
                body: JSON.stringify({
                  purpose: consentPurpose.key,
                  channels: ["email"],
                  method: "web_form",
                  capturedAt: new Date().toISOString(),
                  affirmativeAct: true,
                  preTicked: false,
                  evidence: {
                    ip: "203.0.113.7",
                    userAgent: "Mozilla/5.0 (load bench)",
                    statement: "Ja, stuur mij de nieuwsbrief",
                  },
                }),
              },
              expect: 201,
            };
          case "register request":
            return {
              url: `${base}/requests`,
              init: {
                method: "POST",
                headers: json,
                body: JSON.stringify({
                  type: "access",
                  subjectEmail: `verzoek.${i}@load.example`,
                  channel: "web_form",
                }),
              },
              expect: 201,
            };
          case "import status":
            return { url: `${base}/imports/${importId}`, init: { headers: auth }, expect: 200 };
        }
      };
      const sendOne = async (op: Operation, i: number) => {
        const { url, init, expect } = requestFor(op, i);
        try {
          const res = await send(url, init as Parameters<typeof send>[1]);
          return res.status === expect ? null : `${op}: ${res.status} ${res.body.slice(0, 200)}`;
        } catch (error) {
          return `${op}: ${error instanceof Error ? error.message : String(error)}`;
        }
      };

      // Warm-up: every route compiled, the JIT warm and the connection pool filled before anything is counted.
      // Several at a time, so that every server process gets its share.
      await warmUp(async (i) => ((await sendOne(CYCLE[i % CYCLE.length], -1 - i)) === null ? 200 : 0), 400);

      const total = RATE * SECONDS;
      const latencies = new Map<Operation, number[]>(CYCLE.map((op) => [op, []]));
      const errors: string[] = [];
      const rss: { at: number; bytes: number }[] = [];
      let inFlight = 0;
      let maxInFlight = 0;
      let dispatched = 0;
      const t0 = performance.now();
      rss.push({ at: 0, bytes: treeRss(serverPid) });
      const sampler = setInterval(
        () => rss.push({ at: performance.now() - t0, bytes: treeRss(serverPid) }),
        SAMPLE_EVERY_MS,
      );
      const pending = new Set<Promise<void>>();
      // Open loop: a dispatcher wakes every few milliseconds and sends every request whose time has
      // come, without waiting for earlier answers.
      await new Promise<void>((resolve) => {
        const tick = () => {
          const now = performance.now();
          while (dispatched < total && t0 + (dispatched * 1000) / RATE <= now) {
            const slot = dispatched++;
            const scheduled = t0 + (slot * 1000) / RATE;
            const op = CYCLE[slot % CYCLE.length];
            inFlight++;
            maxInFlight = Math.max(maxInFlight, inFlight);
            const p = sendOne(op, slot).then((error) => {
              latencies.get(op)!.push(performance.now() - scheduled);
              if (error) errors.push(error);
              inFlight--;
              pending.delete(p);
            });
            pending.add(p);
          }
          if (dispatched < total) setTimeout(tick, 2);
          else resolve();
        };
        tick();
      });
      await Promise.all(pending);
      clearInterval(sampler);
      const elapsed = (performance.now() - t0) / 1000;
      rss.push({ at: performance.now() - t0, bytes: treeRss(serverPid) });

      figure(
        `requests, ${RATE} req/s open loop for ${SECONDS} s`,
        `${total.toLocaleString("en")} sent, achieved ${Math.round(total / elapsed)} req/s, at most ${maxInFlight} in flight`,
      );
      figure("errors (status other than expected, or no answer)", `${errors.length} (target 0)`);
      for (const e of errors.slice(0, 5)) console.log(`      ${e}`);
      for (const [op, ms] of latencies) {
        ms.sort((a, b) => a - b);
        figure(
          `${op} (${ms.length.toLocaleString("en")})`,
          `p50 ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms (target p99 <= ${TARGET_P99_MS} ms)`,
        );
      }
      const start = rss[0].bytes;
      const middle = rss.reduce((best, s) =>
        Math.abs(s.at - (elapsed * 1000) / 2) < Math.abs(best.at - (elapsed * 1000) / 2) ? s : best,
      ).bytes;
      const end = rss[rss.length - 1].bytes;
      const peak = Math.max(...rss.map((s) => s.bytes));
      figure(
        "server RSS start / middle / end (peak)",
        `${mb(start)} / ${mb(middle)} / ${mb(end)} (${mb(peak)}); end/middle ${(end / middle).toFixed(2)} (target <= ${TARGET_RSS_GROWTH})`,
      );
    } finally {
      if (server) await stopServer(server);
      await scratch.drop();
    }
  },
};
export default bench;
