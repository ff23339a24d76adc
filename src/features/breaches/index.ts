/**
 * The public entry of breaches: what other features may use. Everything else in this folder is
 * private to it (enforced by `npm run lint`).
 */
export { ClockBadge } from "./components/clock-badge";
export { findRunningBreachClocks } from "./services/find-breaches";
