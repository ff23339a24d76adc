/**
 * Client-safe entry of the opt-in feature: what other features' client components may use.
 */
export { OfflineWorker } from "./components/offline-worker";
export { SignedOutCleanup } from "./components/signed-out-cleanup";
export { countQueued, wipeOfflineData } from "./offline/queue-store";
