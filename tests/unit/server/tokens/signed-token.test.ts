import { describe, expect, it } from "vitest";
import { createTokenSigner } from "@/server/tokens/signed-token";

const signer = createTokenSigner("a".repeat(40));
const now = new Date("2026-06-01T10:00:00Z");

describe("signed tokens", () => {
  it("round-trips claims with a jti and an expiry", () => {
    const t = signer.sign("unsubscribe", { c: "contact-1", p: "newsletter" }, { ttlSeconds: 60, now });
    const r = signer.verify("unsubscribe", t, { now });
    expect(r.ok && r.token.claims).toEqual({ c: "contact-1", p: "newsletter" });
    expect(r.ok && r.token.jti).toMatch(/^[\w-]{20,}$/);
  });

  it("gives every token its own jti", () => {
    const a = signer.sign("x", {}, { ttlSeconds: 60, now });
    const b = signer.sign("x", {}, { ttlSeconds: 60, now });
    const ja = signer.verify("x", a, { now });
    const jb = signer.verify("x", b, { now });
    expect(ja.ok && jb.ok && ja.token.jti !== jb.token.jti).toBe(true);
  });

  it("refuses an expired token", () => {
    const t = signer.sign("unsubscribe", { c: "c" }, { ttlSeconds: 60, now });
    expect(signer.verify("unsubscribe", t, { now: new Date(now.getTime() + 60_000) })).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("refuses an altered payload (someone else's contact id)", () => {
    const t = signer.sign("unsubscribe", { c: "contact-1" }, { ttlSeconds: 60, now });
    const [v, payload, sig] = t.split(".");
    const body = JSON.parse(Buffer.from(payload, "base64url").toString());
    body.c = "contact-2";
    const forged = [v, Buffer.from(JSON.stringify(body)).toString("base64url"), sig].join(".");
    expect(signer.verify("unsubscribe", forged, { now })).toEqual({ ok: false, reason: "bad_signature" });
  });

  it("refuses a token signed with another secret, a token for another purpose, and garbage", () => {
    const other = createTokenSigner("b".repeat(40)).sign("unsubscribe", { c: "c" }, { ttlSeconds: 60, now });
    expect(signer.verify("unsubscribe", other, { now })).toEqual({ ok: false, reason: "bad_signature" });
    const confirm = signer.sign("confirm", { c: "c" }, { ttlSeconds: 60, now });
    expect(signer.verify("unsubscribe", confirm, { now })).toEqual({ ok: false, reason: "bad_signature" });
    for (const junk of ["", "v1..", "v2.a.b", "v1.a.b.c", "v1.!!.??", 42, null, "x".repeat(5000)]) {
      expect(signer.verify("unsubscribe", junk, { now }).ok).toBe(false);
    }
  });

  it("refuses a short secret", () => {
    expect(() => createTokenSigner("short").sign("x", {}, { ttlSeconds: 1 })).toThrow();
  });
});
