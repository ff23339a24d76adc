import { describe, expect, it } from "vitest";
import { createTokenSigner, type TokenSigner } from "@/server/tokens/signed-token";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "@/server/tokens/unsubscribe-token";

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

/** Changes one character to a different base64url character that is not the one there. */
function changeCharAt(text: string, index: number): string {
  const c = text[index];
  return text.slice(0, index) + (c === "Q" ? "R" : "Q") + text.slice(index + 1);
}

/**
 * Every kind of signed link the product mints: how to sign one and how to verify it. A new token
 * kind gets a row here, so that its tampering tests are not forgotten.
 */
const TOKEN_KINDS: {
  kind: string;
  sign: (s: TokenSigner) => string;
  verify: (s: TokenSigner, token: string) => { ok: boolean };
}[] = [
  {
    kind: "unsubscribe link",
    sign: (s) => signUnsubscribeToken(s, { c: "contact-1", p: "newsletter", ch: "email" }, now),
    verify: (s, t) => verifyUnsubscribeToken(s, t, now),
  },
  {
    kind: "generic signed token",
    sign: (s) => s.sign("confirm", { c: "contact-1" }, { ttlSeconds: 60, now }),
    verify: (s, t) => s.verify("confirm", t, { now }),
  },
];

describe.each(TOKEN_KINDS)("tampering with a $kind", ({ sign, verify }) => {
  it("accepts the token as signed", () => {
    expect(verify(signer, sign(signer)).ok).toBe(true);
  });

  it("refuses a token with one character changed in the middle of the signature", () => {
    const [v, payload, sig] = sign(signer).split(".");
    const forged = [v, payload, changeCharAt(sig, Math.floor(sig.length / 2))].join(".");
    expect(verify(signer, forged)).toEqual({ ok: false, reason: "bad_signature" });
  });

  it("refuses a token with one character changed in the middle of the payload", () => {
    const [v, payload, sig] = sign(signer).split(".");
    const forged = [v, changeCharAt(payload, Math.floor(payload.length / 2)), sig].join(".");
    expect(verify(signer, forged).ok).toBe(false);
  });

  it("refuses every other spelling of the signature's last character (unused bits set)", () => {
    // A 32-byte MAC is 43 base64url characters; the last carries 4 bits of MAC and 2 unused bits.
    // Every variant that decodes to the same bytes must still be refused: only the exact token is valid.
    const [v, payload, sig] = sign(signer).split(".");
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const variants = [...alphabet]
      .map((c) => sig.slice(0, -1) + c)
      .filter((s) => s !== sig && Buffer.from(s, "base64url").equals(Buffer.from(sig, "base64url")));
    expect(variants).toHaveLength(3);
    for (const s of variants) expect(verify(signer, [v, payload, s].join(".")).ok).toBe(false);
  });
});
