import type { Channel } from "@/domain/vocabulary";
import type { TokenSigner, VerifyResult } from "./signed-token";

/** Unsubscribe links live long: a mail is often read (and unsubscribed from) months later. */
export const UNSUBSCRIBE_TTL_SECONDS = 400 * 24 * 60 * 60;
export const UNSUBSCRIBE_LABEL = "unsubscribe";

export type UnsubscribeClaims = { c: string; p: string; ch: Channel; r?: string };

export function signUnsubscribeToken(signer: TokenSigner, claims: UnsubscribeClaims, now?: Date): string {
  return signer.sign(UNSUBSCRIBE_LABEL, claims, { ttlSeconds: UNSUBSCRIBE_TTL_SECONDS, now });
}

export function verifyUnsubscribeToken(
  signer: TokenSigner,
  token: unknown,
  now?: Date,
): VerifyResult<UnsubscribeClaims> {
  const result = signer.verify<UnsubscribeClaims>(UNSUBSCRIBE_LABEL, token, { now });
  if (result.ok && (typeof result.token.claims.c !== "string" || typeof result.token.claims.p !== "string"))
    return { ok: false, reason: "malformed" };
  return result;
}
