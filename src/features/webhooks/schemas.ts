import { z } from "zod";
import { WEBHOOK_EVENTS } from "./events";

const LOCAL_HOSTS = ["127.0.0.1", "localhost", "[::1]"];

/**
 * Where deliveries may go: HTTPS only, so the signed payload and its ids are not readable on the
 * way. Plain http to this machine is allowed outside production, for development and tests.
 * Credentials in the URL are refused: the URL is shown in the admin screen and logs.
 */
export function isAllowedWebhookUrl(raw: string, nodeEnv: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && nodeEnv !== "production" && LOCAL_HOSTS.includes(url.hostname);
}

export const ZCreateWebhookEndpointInput = z.object({
  url: z.string().trim().min(1, { error: "validation.required" }).max(2000, { error: "validation.tooLong" }),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1, { error: "webhooks.errors.eventsRequired" }),
});
export type TCreateWebhookEndpointInput = z.input<typeof ZCreateWebhookEndpointInput>;

export const ZWebhookEndpointIdInput = z.object({ endpointId: z.uuid() });
export const ZSetWebhookEndpointActiveInput = ZWebhookEndpointIdInput.extend({ active: z.boolean() });
export const ZWebhookDeliveryIdInput = z.object({ deliveryId: z.uuid() });
