/**
 * Keeps the dashboard's stored figures fresh (imported once from src/instrumentation-node.ts): it
 * wakes every minute and computes them when they are older than ten minutes; a lease on the row
 * makes one app instance do it.
 */
import { registerWorker } from "@/server/jobs/background";
import { getDb } from "@/server/db";
import { refreshDashboardSnapshot } from "./services/dashboard-snapshot";

registerWorker({
  name: "dashboard",
  intervalMs: 60_000,
  run: async () => void (await refreshDashboardSnapshot(await getDb())),
});
