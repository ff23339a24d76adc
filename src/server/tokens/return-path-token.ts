import { timingSafeEqual } from "node:crypto";
import { base32nopad } from "@scure/base";
import type { TokenSigner } from "./signed-token";

/**
 * The token in a campaign message's envelope sender, `bounces+<token>@mail.example.com` (VERP):
 * a bounce or a spam complaint that comes back weeks later is addressed to it, and the token names
 * the campaign recipient it is about without trusting anything in the returned mail itself.
 *
 * It has to fit an address's local part: at most 64 characters in all (RFC 5321 §4.5.3.1.1), so
 * it is not the JSON token the other links use but 16 bytes of recipient id, a two-byte expiry
 * day and a 10-byte HMAC under this label's own key, in lower-case base32 (a-z, 2-7: dot-atom
 * characters only, RFC 5322 §3.2.3). Lower case because some mail servers fold the case of the
 * local part when they bounce; decoding ignores case for the same reason. 45 characters.
 */
export const RETURN_PATH_LABEL = "return-path";
/** Bounces and complaints can come weeks later; a year and a bit, like the unsubscribe link. */
export const RETURN_PATH_TTL_DAYS = 400;
export const RETURN_PATH_TOKEN_LENGTH = 45;

const MAC_BYTES = 10;
const DAY_MS = 86_400_000;

/** RFC 4648 base32 without padding, in lower case: the form every token already sent has. */
const base32 = (bytes: Uint8Array): string => base32nopad.encode(bytes).toLowerCase();

/**
 * The bytes of a token in either case, or null when it is not base32 (a character outside the
 * alphabet, or bits left over that a token of ours never has).
 */
function unbase32(text: string): Buffer | null {
  try {
    return Buffer.from(base32nopad.decode(text.toUpperCase()));
  } catch {
    return null;
  }
}

export function signReturnPathToken(signer: TokenSigner, recipientId: string, now: Date = new Date()): string {
  const id = Buffer.from(recipientId.replace(/-/g, ""), "hex");
  if (id.length !== 16) throw new Error("A campaign recipient id is a UUID");
  const expiry = Buffer.alloc(2);
  expiry.writeUInt16BE(Math.floor(now.getTime() / DAY_MS) + RETURN_PATH_TTL_DAYS);
  const data = Buffer.concat([id, expiry]);
  return base32(Buffer.concat([data, signer.macOf(RETURN_PATH_LABEL, data).subarray(0, MAC_BYTES)]));
}

/** The recipient id the token names, or null when it is not one of ours, altered or expired. */
export function verifyReturnPathToken(signer: TokenSigner, token: string, now: Date = new Date()): string | null {
  if (token.length !== RETURN_PATH_TOKEN_LENGTH) return null;
  const bytes = unbase32(token);
  if (!bytes || bytes.length !== 16 + 2 + MAC_BYTES) return null;
  const data = bytes.subarray(0, 18);
  const expected = signer.macOf(RETURN_PATH_LABEL, data).subarray(0, MAC_BYTES);
  if (!timingSafeEqual(bytes.subarray(18), expected)) return null;
  if (Math.floor(now.getTime() / DAY_MS) >= data.readUInt16BE(16)) return null;
  const hex = data.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `bounces@mail.example.com` + token = `bounces+<token>@mail.example.com`. */
export function verpAddress(returnPath: string, token: string): string {
  const at = returnPath.lastIndexOf("@");
  return `${returnPath.slice(0, at)}+${token}${returnPath.slice(at)}`;
}

/**
 * Whether an envelope recipient is the return path or one of its `+token` variants (domain and
 * the base local part compared without case), and the token if it has one.
 */
export function matchReturnPath(returnPath: string, address: string): { token: string | null } | null {
  const at = returnPath.lastIndexOf("@");
  const gotAt = address.lastIndexOf("@");
  if (at < 1 || gotAt < 1) return null;
  if (address.slice(gotAt + 1).toLowerCase() !== returnPath.slice(at + 1).toLowerCase()) return null;
  const local = address.slice(0, gotAt);
  const base = returnPath.slice(0, at).toLowerCase();
  if (local.toLowerCase() === base) return { token: null };
  if (local.toLowerCase().startsWith(`${base}+`)) return { token: local.slice(base.length + 1) };
  return null;
}
