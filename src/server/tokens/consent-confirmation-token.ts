import type { TokenSigner, VerifyResult } from "./signed-token";

/** A written confirmation is answered within days or not at all; a month leaves room for holidays. */
export const CONSENT_CONFIRMATION_TTL_SECONDS = 30 * 24 * 60 * 60;
export const CONSENT_CONFIRMATION_LABEL = "consent-confirmation";

/** `r`: the consent record the mail confirms, `c`: its contact. */
export type ConsentConfirmationClaims = { r: string; c: string };

export function signConsentConfirmationToken(
  signer: TokenSigner,
  claims: ConsentConfirmationClaims,
  now?: Date,
): string {
  return signer.sign(CONSENT_CONFIRMATION_LABEL, claims, { ttlSeconds: CONSENT_CONFIRMATION_TTL_SECONDS, now });
}

export function verifyConsentConfirmationToken(
  signer: TokenSigner,
  token: unknown,
  now?: Date,
): VerifyResult<ConsentConfirmationClaims> {
  const result = signer.verify<ConsentConfirmationClaims>(CONSENT_CONFIRMATION_LABEL, token, { now });
  if (result.ok && (typeof result.token.claims.r !== "string" || typeof result.token.claims.c !== "string"))
    return { ok: false, reason: "malformed" };
  return result;
}
