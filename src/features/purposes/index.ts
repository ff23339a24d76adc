/**
 * The public entry of purposes: what other features may use. Everything else in this folder is
 * private to it (enforced by `npm run lint`).
 */
export { DPV_PURPOSES, ZCreatePurposeInput } from "./schemas";
export { createPurpose } from "./services/create-purpose";
export { findPurposes, resolvePurposeByKey } from "./services/find-purposes";
