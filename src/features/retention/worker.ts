/**
 * Registers the daily retention job (imported once from src/instrumentation-node.ts). It wakes
 * every hour and runs when the last run is more than a day ago; the last run is read from the
 * audit trail, so several app instances and restarts agree on it.
 */
import { registerWorker } from "@/server/jobs/background";
import { getDb } from "@/server/db";
import { runRetention } from "./services/run-retention";

const DAY_MS = 86_400_000;

registerWorker({
  name: "retention",
  intervalMs: 60 * 60 * 1000,
  async run() {
    const db = await getDb();
    const last = await db.auditEvent.findFirst({
      where: { action: "retention.checked" },
      orderBy: { at: "desc" },
      select: { at: true },
    });
    if (last && Date.now() - last.at.getTime() < DAY_MS) return;
    await runRetention(db);
  },
});
