/**
 * The public entry of requests: what other features may use. Everything else in this folder is
 * private to it (enforced by `npm run lint`).
 */
export { eraseContacts } from "./services/erase-contacts";
export { suppressIdentifiers } from "./services/suppress-identifiers";
export { findRequestsByReference } from "./services/find-requests-by-reference";
