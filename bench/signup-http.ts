/**
 * The public sign-up over HTTP: the production server on a fresh PostgreSQL database, then
 *  - POST /api/v1/signups at 100 req/s (open loop, each request timed from its scheduled start),
 *    every request a new address from a new IP, as the limits would see real people;
 *  - GET /f/<slug>, the hosted sign-up page, at 100 req/s;
 *  - GET /p/<token>, the preference page of a contact with a consent, at 100 req/s.
 * Target: p99 <= 50 ms for both. Needs `npm run build` first.
 */
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { connectDatabase } from "@/server/db/connect";
import { createScratchDatabase } from "../tests/support/scratch-database";
import { SYSTEM } from "@/server/audit/actor";
import { createApiKey } from "@/features/api-keys/services/create-api-key";
import { createPurpose } from "@/features/purposes/services/create-purpose";
import { saveSignupForm } from "@/features/signups/services/save-signup-form";
import { createContact } from "@/features/contacts/services/create-contact";
import { createTokenSigner } from "@/server/tokens/signed-token";
import { signPreferenceToken } from "@/server/tokens/preference-token";
import { randomBytes } from "node:crypto";
import { figure, type Bench } from "./_bench";
import { openLoop, send, warmUp } from "./_http";
import { freePort, processCpuMs, startServer, stopServer } from "./_server";

const SERVER = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const RATE = Number(process.env.BENCH_SIGNUP_RATE ?? 100);
const SECONDS = Number(process.env.BENCH_SIGNUP_SECONDS ?? 10);
const TARGET_P99_MS = 50;
const SEQUENTIAL = 200;
const root = path.resolve(import.meta.dirname, "..");

const bench: Bench = {
  description: `public sign-up (npm start's server, PostgreSQL): POST /api/v1/signups, GET /f/<slug> and GET /p/<token> at ${RATE} req/s for ${SECONDS} s, target p99 <= ${TARGET_P99_MS} ms`,
  async run() {
    if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
      console.log("   skipped: no production build (run `npm run build` first)");
      return;
    }
    const scratch = await createScratchDatabase(SERVER, "grondslag_bench_signup");
    let server: ChildProcess | null = null;
    try {
      const db = await connectDatabase({ kind: "postgres", url: scratch.url });
      const purpose = await createPurpose(db.prisma, SYSTEM, {
        key: "newsletter",
        nameNl: "Nieuwsbrief",
        nameEn: "Newsletter",
        directMarketing: true,
        channels: ["email"],
        textNl: "Maandelijks nieuws.",
        textEn: "Monthly news.",
      });
      const form = await saveSignupForm(db.prisma, SYSTEM, {
        slug: "nieuwsbrief",
        name: "Nieuwsbrief",
        purposeKeys: [purpose.key],
        fields: ["name"],
        languages: ["nl", "en"],
        thankYouNl: "Dank u!",
        thankYouEn: "Thank you!",
        organisationName: "Bench BV",
        privacyPolicyUrl: "https://bench.example/privacy",
      });
      const { token } = await createApiKey(db.prisma, SYSTEM, { name: "bench", scopes: ["consents:write"] });
      const contact = await createContact(db.prisma, SYSTEM, {
        firstName: "Anna",
        lastName: "Jansen",
        source: { type: "web_form", detail: "/f/nieuwsbrief" },
        emails: [{ address: "anna@bench.example", kind: "personal" }],
        consents: [
          {
            purpose: purpose.key,
            method: "double_opt_in",
            capturedAt: new Date(),
            affirmativeAct: true,
            evidence: { noticeVersion: 1, ip: "192.0.2.1", userAgent: "bench" },
          },
        ],
      });
      await db.close();
      const secret = randomBytes(32).toString("base64url");
      const prefsToken = signPreferenceToken(createTokenSigner(secret), contact.id);
      const port = await freePort();
      server = await startServer(scratch.url, port, { authSecret: secret });
      const base = `http://127.0.0.1:${port}`;
      const run = Date.now().toString(36);
      const signUp = async (i: number) => {
        const ip = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
        const res = await send(`${base}/api/v1/signups`, {
          method: "POST",
          headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", "X-Forwarded-For": ip },
          body: JSON.stringify({
            email: `lid.${run}.${i}@bench.example`,
            purposes: [purpose.key],
            ip,
            userAgent: "bench",
            formId: form.id,
          }),
        });
        return res.status;
      };
      const page = async () => {
        return (await send(`${base}/f/nieuwsbrief`)).status;
      };
      await warmUp((i) => signUp(1_000_000 + i), 200);
      const preferences = async () => {
        return (await send(`${base}/p/${prefsToken}`)).status;
      };
      await warmUp(page, 200);
      await warmUp(preferences, 200);
      // One request after another, the server's CPU per request: what decides how many a core can
      // serve, and steadier than latencies on a machine shared with the load generator and PostgreSQL.
      const cpuEach = async (label: string, request: (i: number) => Promise<number>, from: number) => {
        const before = await processCpuMs(server!.pid!);
        for (let i = 0; i < SEQUENTIAL; i++) await request(from + i);
        const after = await processCpuMs(server!.pid!);
        if (before !== null && after !== null)
          figure(
            `${label}, one after another`,
            `server CPU ${((after - before) / SEQUENTIAL).toFixed(1)} ms per request`,
          );
      };
      await cpuEach("POST /api/v1/signups", signUp, 2_000_000);
      await cpuEach("GET /f/<slug>", page, 0);
      await cpuEach("GET /p/<token>", preferences, 0);
      const posted = await openLoop(RATE, SECONDS, signUp);
      figure(
        `POST /api/v1/signups, ${RATE} req/s, ${posted.total} requests`,
        `p50 ${posted.p50.toFixed(1)} ms, p99 ${posted.p99.toFixed(1)} ms (target p99 <= ${TARGET_P99_MS} ms) [${posted.statuses}]`,
      );
      const shown = await openLoop(RATE, SECONDS, page);
      figure(
        `GET /f/<slug> (hosted form), ${RATE} req/s, ${shown.total} requests`,
        `p50 ${shown.p50.toFixed(1)} ms, p99 ${shown.p99.toFixed(1)} ms (target p99 <= ${TARGET_P99_MS} ms) [${shown.statuses}]`,
      );
      const prefs = await openLoop(RATE, SECONDS, preferences);
      figure(
        `GET /p/<token> (preference page), ${RATE} req/s, ${prefs.total} requests`,
        `p50 ${prefs.p50.toFixed(1)} ms, p99 ${prefs.p99.toFixed(1)} ms (target p99 <= ${TARGET_P99_MS} ms) [${prefs.statuses}]`,
      );
    } finally {
      if (server) await stopServer(server);
      await scratch.drop();
    }
  },
};
export default bench;
