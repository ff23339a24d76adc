/**
 * A second process for the crash tests: it opens the database the test prepared and does one piece
 * of work the way a server instance would, until the test kills it with SIGKILL (no clean-up, no
 * `finally`, exactly like a power cut or the OOM killer). Run with
 * `node --import tsx --import ./scripts/register-server-only.mjs tests/support/crash/child.ts`; configured by
 * CRASH_DB (a DatabaseTarget as JSON), CRASH_TASK and the task's own variables.
 */
import { connectDatabase, type DatabaseTarget } from "@/server/db/connect";
import { createMailTransport } from "@/server/mail/gate";
import { runCampaigns } from "@/features/campaigns/services/run-campaigns";
import { executeErasure } from "@/features/requests/services/execute-erasure";
import { runImports } from "@/features/imports/services/process-import";
import { SYSTEM } from "@/server/audit/actor";

const target = JSON.parse(process.env.CRASH_DB ?? "null") as DatabaseTarget;
const database = await connectDatabase(target, { migrate: false });
const db = database.prisma;
process.stdout.write("ready\n");

switch (process.env.CRASH_TASK) {
  case "campaign":
    await runCampaigns(db, createMailTransport(process.env.CRASH_SMTP_URL));
    break;
  case "erasure":
    await executeErasure(db, SYSTEM, { requestId: process.env.CRASH_REQUEST_ID ?? "" });
    break;
  case "import":
    // The worker's own loop; each committed chunk is reported, so that the test can aim its kill.
    await runImports(db, { afterChunk: (rowsDone) => void process.stdout.write(`chunk ${rowsDone}\n`) });
    break;
  default:
    throw new Error(`unknown CRASH_TASK ${process.env.CRASH_TASK}`);
}
process.stdout.write("finished\n");
await database.close();
