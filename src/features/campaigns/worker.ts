import "server-only";
import { getDb } from "@/server/db";
import { registerWorker } from "@/server/jobs/background";
import { defaultMailTransport } from "@/server/mail/gate";
import { runCampaigns } from "./services/run-campaigns";

// Campaign sending runs in the background of every app instance; leases in the database make
// sure each campaign is worked on by one instance at a time (see services/campaign-lease.ts).
registerWorker({
  name: "campaigns",
  intervalMs: 2_000,
  run: async () => void (await runCampaigns(await getDb(), defaultMailTransport())),
});
