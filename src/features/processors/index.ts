/**
 * The public entry of processors: what other features may use. Everything else in this folder is
 * private to it (enforced by `npm run lint`).
 */
export { countProcessorsNeedingReview } from "./services/find-processors";
export { findProcessorsToNotify, type ProcessorToNotify } from "./services/find-processors-to-notify";
