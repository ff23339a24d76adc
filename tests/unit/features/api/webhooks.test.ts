import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhookSignature } from "@/features/webhooks/signature";
import { isAllowedWebhookUrl } from "@/features/webhooks/schemas";
import { contactErasedData } from "@/features/webhooks/enqueue";

describe("webhook signature", () => {
  const secret = "whsec_test";
  const body = '{"id":"e1","type":"consent.granted"}';

  it("is HMAC-SHA256 over '<t>.<body>' with the endpoint secret, as documented", () => {
    const expected = createHmac("sha256", secret).update(`1763800000.${body}`).digest("hex");
    expect(signWebhook(secret, body, 1763800000)).toBe(`t=1763800000,v1=${expected}`);
  });

  it("verifies within the tolerance and refuses old, tampered, malformed or foreign signatures", () => {
    const now = new Date(1763800000 * 1000);
    const header = signWebhook(secret, body, 1763800000);
    expect(verifyWebhookSignature(header, body, secret, { now })).toEqual({ ok: true, timestamp: 1763800000 });
    expect(verifyWebhookSignature(header, body, secret, { now: new Date(now.getTime() + 299_000) }).ok).toBe(true);
    expect(verifyWebhookSignature(header, body, secret, { now: new Date(now.getTime() + 301_000) })).toEqual({
      ok: false,
      reason: "too_old",
    });
    expect(verifyWebhookSignature(header, body + " ", secret, { now })).toEqual({ ok: false, reason: "mismatch" });
    expect(verifyWebhookSignature(header, body, "whsec_other", { now })).toEqual({ ok: false, reason: "mismatch" });
    expect(verifyWebhookSignature("v1=abc", body, secret, { now })).toEqual({ ok: false, reason: "malformed" });
    expect(verifyWebhookSignature(undefined, body, secret, { now })).toEqual({ ok: false, reason: "malformed" });
  });
});

describe("webhook addresses", () => {
  it("accepts https, and plain http to this machine only outside production", () => {
    expect(isAllowedWebhookUrl("https://crm.example.nl/hooks", "production")).toBe(true);
    expect(isAllowedWebhookUrl("http://crm.example.nl/hooks", "development")).toBe(false);
    expect(isAllowedWebhookUrl("http://127.0.0.1:4000/hooks", "test")).toBe(true);
    expect(isAllowedWebhookUrl("http://localhost:4000/hooks", "development")).toBe(true);
    expect(isAllowedWebhookUrl("http://127.0.0.1:4000/hooks", "production")).toBe(false);
    expect(isAllowedWebhookUrl("https://user:pass@crm.example.nl/hooks", "production")).toBe(false);
    expect(isAllowedWebhookUrl("ftp://crm.example.nl", "test")).toBe(false);
    expect(isAllowedWebhookUrl("not a url", "test")).toBe(false);
  });
});

describe("erasure notice data", () => {
  it("holds SHA-256 of normalised identifiers, deduplicated, never the identifiers themselves", () => {
    const data = contactErasedData({
      requestId: "r1",
      contactIds: ["c1", "c1"],
      identifiers: ["Jan@Bedrijf.NL", "jan@bedrijf.nl", "06 12345678", null, "not an identifier"],
      erasedAt: new Date("2026-11-22T10:00:00Z"),
    });
    const sha = (v: string) => createHash("sha256").update(v).digest("hex");
    expect(data).toEqual({
      contactIds: ["c1"],
      requestId: "r1",
      erasedAt: "2026-11-22T10:00:00.000Z",
      identifiers: [
        { kind: "email", sha256: sha("jan@bedrijf.nl") },
        { kind: "phone", sha256: sha("+31612345678") },
      ],
    });
    expect(JSON.stringify(data)).not.toMatch(/jan|bedrijf|612345678/i);
  });
});
