import "server-only";
import { logger } from "../logger";

/**
 * Background workers (campaign sending, webhook deliveries) register here. Each worker claims its
 * work in the database with a lease, so several app instances can run them side by side and a
 * crashed instance's work is picked up again after the lease expires.
 */
type Worker = { name: string; intervalMs: number; run: () => Promise<void> };
const workers: Worker[] = [];
const globalForJobs = globalThis as unknown as { grondslagJobsStarted?: boolean };

export function registerWorker(worker: Worker) {
  workers.push(worker);
}

export function startBackgroundWork() {
  if (globalForJobs.grondslagJobsStarted) return;
  globalForJobs.grondslagJobsStarted = true;
  for (const w of workers) {
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        await w.run();
      } catch (error) {
        logger.error("background worker failed", { worker: w.name, error });
      } finally {
        running = false;
      }
    };
    setInterval(tick, w.intervalMs).unref();
  }
}
