/**
 * Keeps the decision store current (imported once from src/instrumentation-node.ts): every half
 * minute it decides the contacts whose stored decisions are missing, made under another basis or
 * past their horizon, until none is left; and once an hour it runs the self-check. Several app
 * instances share the work without doing it twice (store-decisions.ts).
 */
import { registerWorker } from "@/server/jobs/background";
import { getDb } from "@/server/db";
import { storeDecisions } from "./services/store-decisions";
import { checkDecisionStore, lastDecisionStoreCheck } from "./services/check-decision-store";

const SELF_CHECK_EVERY_MS = 60 * 60 * 1000;

registerWorker({
  name: "decision-store",
  intervalMs: 30_000,
  run: async () => {
    const db = await getDb();
    await storeDecisions(db);
    const last = await lastDecisionStoreCheck(db);
    if (!last || Date.now() - last.checkedAt.getTime() > SELF_CHECK_EVERY_MS) await checkDecisionStore(db);
  },
});
