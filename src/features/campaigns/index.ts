/**
 * The public entry of campaigns: what other features may use. Everything else in this folder is
 * private to it (enforced by `npm run lint`).
 */
export { ZCampaignAudience } from "./schemas";
