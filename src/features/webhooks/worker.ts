/**
 * Registers the webhook delivery worker (imported once from src/instrumentation-node.ts). Every
 * few seconds it sends what is due; the work itself is claimed in the database, so running it in
 * several app instances is safe.
 */
import { registerWorker } from "@/server/jobs/background";
import { getDb } from "@/server/db";
import { deliverDueWebhooks } from "./services/deliver-due-webhooks";

registerWorker({
  name: "webhook-deliveries",
  intervalMs: 5_000,
  async run() {
    const db = await getDb();
    // Keep going while full batches come back, so a backlog drains without waiting for the next tick.
    for (let round = 0; round < 50; round++) {
      if ((await deliverDueWebhooks(db)).length < 20) break;
    }
  },
});
