import { randomUUID } from "node:crypto";

/**
 * The client's IP as the first hop reports it. Behind a reverse proxy, the proxy must set
 * X-Forwarded-For (Next.js itself sets it for direct connections).
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}

export function newRequestId(): string {
  return randomUUID();
}
