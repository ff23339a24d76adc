/**
 * The public entry of webhooks: what other features may use. Everything else in this folder is
 * private to it (enforced by `npm run lint`).
 */
export { contactErasedData, enqueueWebhookEvent } from "./enqueue";
