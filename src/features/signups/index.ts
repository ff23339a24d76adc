/**
 * The public entry of signups: what other features may use. Everything else in this folder is
 * private to it (enforced by `npm run lint`).
 */
export { ZSignupSubmission } from "./schemas";
