/**
 * The public entry of imports: what other features may use. Everything else in this folder is
 * private to it (enforced by `npm run lint`).
 */
export { createImport } from "./services/create-import";
export { getImport } from "./services/get-import";
