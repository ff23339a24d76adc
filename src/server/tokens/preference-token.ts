import type { TokenSigner, VerifyResult } from "./signed-token";

/**
 * The link to a person's preference page. It names only the contact; it lives as long as an
 * unsubscribe link (a mail footer is often used months later). It is not single-use: the page is
 * the person's own, to come back to; every change it makes is recorded with IP and time.
 */
export const PREFERENCES_LABEL = "preferences";
export const PREFERENCES_TTL_SECONDS = 400 * 24 * 60 * 60;
export type PreferenceClaims = { c: string };

export function signPreferenceToken(signer: TokenSigner, contactId: string, now?: Date): string {
  return signer.sign(PREFERENCES_LABEL, { c: contactId }, { ttlSeconds: PREFERENCES_TTL_SECONDS, now });
}

export function verifyPreferenceToken(signer: TokenSigner, token: unknown, now?: Date): VerifyResult<PreferenceClaims> {
  const result = signer.verify<PreferenceClaims>(PREFERENCES_LABEL, token, { now });
  if (result.ok && typeof result.token.claims.c !== "string") return { ok: false, reason: "malformed" };
  return result;
}

/** The page's address for a contact, on the installation's public URL. */
export function preferenceUrl(appUrl: string, token: string): string {
  return `${appUrl.replace(/\/$/, "")}/p/${token}`;
}
