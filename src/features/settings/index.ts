/**
 * The public entry of settings: what other features may use. Everything else in this folder is
 * private to it (enforced by `npm run lint`).
 */
export { getOpenTracking, openTrackingFromRow, openTrackingJsonSql } from "./services/open-tracking";
export type { OpenTrackingSetting } from "./services/open-tracking";
