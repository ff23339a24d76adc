import type { TokenSigner, VerifyResult } from "./signed-token";

/**
 * The confirmation link of a double opt-in sign-up. It names only the pending sign-up; it expires
 * with it (the unconfirmed sign-up is purged after the same number of days), and it is spent once
 * (UsedToken) when the button on its page is pressed.
 */
export const SIGNUP_CONFIRM_LABEL = "signup-confirm";

export type SignupConfirmClaims = { s: string };

export function signSignupConfirmToken(signer: TokenSigner, signupId: string, ttlDays: number, now?: Date): string {
  return signer.sign(SIGNUP_CONFIRM_LABEL, { s: signupId }, { ttlSeconds: ttlDays * 24 * 60 * 60, now });
}

export function verifySignupConfirmToken(
  signer: TokenSigner,
  token: unknown,
  now?: Date,
): VerifyResult<SignupConfirmClaims> {
  const result = signer.verify<SignupConfirmClaims>(SIGNUP_CONFIRM_LABEL, token, { now });
  if (result.ok && typeof result.token.claims.s !== "string") return { ok: false, reason: "malformed" };
  return result;
}

/**
 * The hosted form carries a signed "rendered at" stamp. A submission faster than a person can fill
 * in a form, or with a stamp for another form, is a bot: it gets the thank-you page and nothing else.
 */
export const SIGNUP_RENDER_LABEL = "signup-render";
export function signSignupRenderToken(signer: TokenSigner, formId: string, now?: Date): string {
  return signer.sign(SIGNUP_RENDER_LABEL, { f: formId }, { ttlSeconds: 24 * 60 * 60, now });
}
export function verifySignupRenderToken(signer: TokenSigner, token: unknown, now?: Date) {
  return signer.verify<{ f: string }>(SIGNUP_RENDER_LABEL, token, { now });
}
