/**
 * Registers the daily retention job (imported once from src/instrumentation-node.ts). It wakes
 * every hour and runs when the last check is more than a day ago; the last check is read from the
 * audit trail, under the lock that lets one run happen at a time, so several app instances and
 * restarts agree on it and only one of them runs it (the others skip quietly).
 */
import { registerWorker } from "@/server/jobs/background";
import { getDb } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { runRetention } from "./services/run-retention";

const DAY_MS = 86_400_000;

registerWorker({
  name: "retention",
  intervalMs: 60 * 60 * 1000,
  async run() {
    const now = new Date();
    await runRetention(await getDb(), SYSTEM, now, { unlessCheckedSince: new Date(now.getTime() - DAY_MS) });
  },
});
