/**
 * Opens the database and applies pending migrations before the first request, starts background
 * workers, and closes an embedded database cleanly on Ctrl-C / SIGTERM (an unclosed PGlite runs
 * crash recovery on the next start).
 */
import { getDatabase, closeDatabase } from "./server/db";
import { logger } from "./server/logger";
import { rekeySuppressionList } from "./features/requests/services/rekey-suppression-list";
import { startBackgroundWork } from "./server/jobs/background";
import { instanceId } from "./server/jobs/instance";
import { env } from "./server/env";
import { startReturnPathReceiver } from "./features/campaigns/returned-mail/receiver";
import "./features/api-keys/register";
import "./features/webhooks/worker";
import "./features/campaigns/worker";
import "./features/imports/worker";
import "./features/signups/worker";
import "./features/retention/worker";
import "./features/dashboard/worker";
import "./features/outreach/worker";

try {
  const db = await getDatabase();
  // The instance id is what the background work it commits is marked with (docs/scaling.md).
  logger.info("database ready", { kind: db.kind, instance: instanceId() });
  const rekeyed = await rekeySuppressionList(db.prisma);
  if (rekeyed > 0) logger.info("suppression list keyed with AUTH_SECRET", { entries: rekeyed });
} catch (error) {
  logger.error("database could not be opened or migrated; stopping", { error });
  process.exit(1);
}
startBackgroundWork();

// The SMTP receiver of the campaign return path (bounce reports and spam complaints), only when
// the operator gave it a port.
if (env.BOUNCE_SMTP_PORT) {
  const { port } = await startReturnPathReceiver({ port: env.BOUNCE_SMTP_PORT, host: env.BOUNCE_SMTP_HOST }).catch(
    (error: unknown) => {
      logger.error("the return-path receiver could not start; stopping", { error });
      process.exit(1);
    },
  );
  logger.info("return-path receiver listening", { port });
}

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  logger.info("shutting down", { signal });
  await closeDatabase().catch((error) => logger.error("closing the database failed", { error }));
  process.exit(0);
}
// `npm start` sets NEXT_MANUAL_SIG_HANDLE so that Next leaves the signals to us and the process
// exits only after the database has been closed. A second signal (Ctrl-C reaches both the server
// processes and the process that supervises them, which passes it on) finds the shutdown under way.
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
