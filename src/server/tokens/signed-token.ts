/**
 * Signed, expiring links for public pages (unsubscribe, preferences, confirmations): they must not
 * be forgeable or guessable (docs/law/vocabularies.md, RFC 8058). Format `v1.<payload>.<mac>`, both base64url; the payload
 * is JSON with the label, the claims, a random jti, iat and exp. The MAC is HMAC-SHA256 under a key
 * derived per label with HKDF from the installation secret, so a token minted for one purpose can
 * never be replayed for another, and the raw secret is never used directly.
 * Free of `server-only` so that tests and scripts can sign with their own secret.
 */
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

export type TokenClaims = Record<string, string | number | boolean>;
export type VerifiedToken<C extends TokenClaims = TokenClaims> = {
  label: string;
  claims: C;
  jti: string;
  iat: number;
  exp: number;
};
export type TokenFailure = "malformed" | "bad_signature" | "wrong_purpose" | "expired";
export type VerifyResult<C extends TokenClaims> =
  { ok: true; token: VerifiedToken<C> } | { ok: false; reason: TokenFailure };

const VERSION = "v1";
const MIN_SECRET = 32;

function deriveKey(secret: string, label: string): Buffer {
  if (secret.length < MIN_SECRET) throw new Error("Token secret too short");
  return Buffer.from(hkdfSync("sha256", secret, "grondslag/signed-token/v1", `label:${label}`, 32));
}

function mac(key: Buffer, payload: string): Buffer {
  return createHmac("sha256", key).update(`${VERSION}.${payload}`).digest();
}

function isCanonicalBase64url(text: string): boolean {
  return Buffer.from(text, "base64url").toString("base64url") === text;
}

export function createTokenSigner(secret: string) {
  const keys = new Map<string, Buffer>();
  const keyFor = (label: string) => keys.get(label) ?? keys.set(label, deriveKey(secret, label)).get(label)!;

  function sign<C extends TokenClaims>(label: string, claims: C, opts: { ttlSeconds: number; now?: Date }): string {
    const iat = Math.floor((opts.now ?? new Date()).getTime() / 1000);
    const body = { ...claims, l: label, jti: randomBytes(16).toString("base64url"), iat, exp: iat + opts.ttlSeconds };
    const payload = Buffer.from(JSON.stringify(body)).toString("base64url");
    return `${VERSION}.${payload}.${mac(keyFor(label), payload).toString("base64url")}`;
  }

  function verify<C extends TokenClaims>(label: string, token: unknown, opts: { now?: Date } = {}): VerifyResult<C> {
    if (typeof token !== "string" || token.length > 2048) return { ok: false, reason: "malformed" };
    const parts = token.split(".");
    if (parts.length !== 3 || parts[0] !== VERSION || !/^[\w-]+$/.test(parts[1]) || !/^[\w-]+$/.test(parts[2]))
      return { ok: false, reason: "malformed" };
    // Node's base64url decoder ignores the unused low bits of the last character (a 32-byte MAC
    // leaves two), so several spellings decode to the same bytes. Only the one spelling we would
    // have written is accepted: a token is either exactly what was signed or it is refused.
    if (!isCanonicalBase64url(parts[1]) || !isCanonicalBase64url(parts[2])) return { ok: false, reason: "malformed" };
    const given = Buffer.from(parts[2], "base64url");
    const expected = mac(keyFor(label), parts[1]);
    // Constant-time comparison: a timing side channel must not reveal the MAC byte by byte. A token
    // signed for another label fails here too, because its key differs.
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return { ok: false, reason: "bad_signature" };
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
    } catch {
      return { ok: false, reason: "malformed" };
    }
    const { l, jti, iat, exp, ...claims } = body;
    if (l !== label) return { ok: false, reason: "wrong_purpose" };
    if (typeof jti !== "string" || typeof iat !== "number" || typeof exp !== "number")
      return { ok: false, reason: "malformed" };
    const now = Math.floor((opts.now ?? new Date()).getTime() / 1000);
    if (now >= exp) return { ok: false, reason: "expired" };
    return { ok: true, token: { label, claims: claims as C, jti, iat, exp } };
  }

  /**
   * A bare MAC of some bytes under the label's key, for a token that must be shorter than the
   * JSON format above allows (the return-path token lives in an address's local part, at most 64
   * characters by RFC 5321 §4.5.3.1.1). Same key derivation, so labels still never mix.
   */
  function macOf(label: string, data: Buffer): Buffer {
    return mac(keyFor(label), data.toString("base64url"));
  }

  return { sign, verify, macOf };
}

export type TokenSigner = ReturnType<typeof createTokenSigner>;
