/**
 * The operator's `npm run cli -- decisions ...` commands (registered in src/cli/commands.ts): how
 * far the decision store is, fill it now, and compare it with the engine.
 */
import type { Db } from "@/server/db/connect";
import { checkDecisionStore } from "./services/check-decision-store";
import { decisionStoreStatus, storeDecisions } from "./services/store-decisions";

type Values = Record<string, string | boolean | undefined>;
const out = (s: string) => process.stdout.write(`${s}\n`);

export async function decisionStatusCommand(db: Db): Promise<number> {
  const s = await decisionStoreStatus(db);
  const share = s.contacts === 0 ? 100 : (100 * s.current) / s.contacts;
  out(
    `${s.current.toLocaleString("en")} of ${s.contacts.toLocaleString("en")} contacts have current stored decisions (${share.toFixed(1)}%).`,
  );
  return 0;
}

export async function decisionBuildCommand(db: Db): Promise<number> {
  const t0 = performance.now();
  const run = await storeDecisions(db);
  const s = (performance.now() - t0) / 1000;
  out(`Decided ${run.decided.toLocaleString("en")} contacts in ${s.toFixed(1)} s.`);
  return 0;
}

export async function decisionCheckCommand(db: Db, v: Values): Promise<number> {
  const sample = Number(v.sample ?? 500);
  if (!Number.isInteger(sample) || sample < 1 || sample > 100_000) {
    process.stderr.write("--sample: give a whole number between 1 and 100,000\n");
    return 2;
  }
  const check = await checkDecisionStore(db, { sample });
  out(`Compared ${check.sampled} contacts with the engine: ${check.differences} differences.`);
  for (const d of check.examples)
    out(
      `  ${d.contactId} ${d.purpose}/${d.channel}${d.commercial ? " (commercial)" : ""}: stored ${d.stored}, engine ${d.engine}`,
    );
  return check.differences === 0 ? 0 : 1;
}
