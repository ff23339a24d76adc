import { randomUUID } from "node:crypto";

/** Set by the production server (scripts/serve.mjs) from the socket; a client cannot set it. */
export const CLIENT_IP_HEADER = "x-grondslag-client-ip";

/**
 * The client's IP as the server resolved it: the socket's address, or the address a trusted proxy
 * reports (TRUSTED_PROXIES). X-Forwarded-For is never read here: any client can write it. Without
 * the server in front (a bare `next start`), the address is "unknown".
 */
export function clientIp(headers: Headers): string {
  return headers.get(CLIENT_IP_HEADER)?.trim() || "unknown";
}

export function newRequestId(): string {
  return randomUUID();
}
