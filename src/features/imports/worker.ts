import "server-only";
import { getDb } from "@/server/db";
import { registerWorker } from "@/server/jobs/background";
import { runImports } from "./services/process-import";

// Imports run in the background of every app instance; leases in the database make sure each
// batch is worked on by one instance at a time and resumed after a crash (services/import-lease.ts).
registerWorker({ name: "imports", intervalMs: 1_000, run: async () => void (await runImports(await getDb())) });
