import "server-only";
import { registerWorker } from "@/server/jobs/background";
import { getDb } from "@/server/db";
import { purgeUnconfirmedSignups } from "./services/purge-signups";

/** Hourly: unconfirmed sign-ups do not outlive their purge window by more than an hour. */
registerWorker({
  name: "signup-purge",
  intervalMs: 60 * 60 * 1000,
  run: async () => {
    await purgeUnconfirmedSignups(await getDb());
  },
});
