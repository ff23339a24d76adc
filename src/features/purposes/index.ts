/**
 * The public entry of purposes: what other features may use. Everything else in this folder is
 * private to it (enforced by `npm run lint`).
 */
export { DPV_PURPOSES, ZCreatePurposeInput } from "./schemas";
export { findPurposes, resolvePurposeByKey } from "./services/find-purposes";
