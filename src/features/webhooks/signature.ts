import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Deliveries are signed like Stripe's: header `Grondslag-Signature: t=<unix seconds>,v1=<hex>`,
 * where v1 = HMAC-SHA256(endpoint secret, "<t>.<raw body>"). Signing the timestamp with the body
 * lets a receiver refuse a captured delivery replayed later: check the HMAC, then that t is
 * recent (five minutes is a sensible tolerance).
 */
export const SIGNATURE_HEADER = "Grondslag-Signature";
export const DEFAULT_TOLERANCE_SECONDS = 300;

export function signWebhook(secret: string, body: string, timestamp: number): string {
  const v1 = createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex");
  return `t=${timestamp},v1=${v1}`;
}

/** What a receiver does, in a few lines; used by the tests as the receiving side. */
export function verifyWebhookSignature(
  header: string | null | undefined,
  body: string,
  secret: string,
  opts: { now?: Date; toleranceSeconds?: number } = {},
): { ok: true; timestamp: number } | { ok: false; reason: "malformed" | "mismatch" | "too_old" } {
  const parts = Object.fromEntries((header ?? "").split(",").map((p) => p.trim().split("=", 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(parts.v1 ?? "")) return { ok: false, reason: "malformed" };
  const expected = Buffer.from(signWebhook(secret, body, timestamp).split("v1=")[1], "hex");
  if (!timingSafeEqual(expected, Buffer.from(parts.v1, "hex"))) return { ok: false, reason: "mismatch" };
  const now = Math.floor((opts.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - timestamp) > (opts.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS))
    return { ok: false, reason: "too_old" };
  return { ok: true, timestamp };
}
