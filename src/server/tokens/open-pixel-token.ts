import type { TokenSigner, VerifyResult } from "./signed-token";

/**
 * The open pixel's token names one campaign recipient. Signed per label like every public link,
 * so it can neither be guessed nor replayed as an unsubscribe or preference link. It lives as long
 * as an unsubscribe link: a mail may be opened months later.
 */
export const OPEN_PIXEL_TTL_SECONDS = 400 * 24 * 60 * 60;
export const OPEN_PIXEL_LABEL = "open-pixel";

export type OpenPixelClaims = { r: string };

export function signOpenPixelToken(signer: TokenSigner, recipientId: string, now?: Date): string {
  return signer.sign(OPEN_PIXEL_LABEL, { r: recipientId }, { ttlSeconds: OPEN_PIXEL_TTL_SECONDS, now });
}

export function verifyOpenPixelToken(signer: TokenSigner, token: unknown, now?: Date): VerifyResult<OpenPixelClaims> {
  const result = signer.verify<OpenPixelClaims>(OPEN_PIXEL_LABEL, token, { now });
  if (result.ok && typeof result.token.claims.r !== "string") return { ok: false, reason: "malformed" };
  return result;
}

/** Where the pixel is fetched from: our own domain, never a third party's. */
export function openPixelUrl(appUrl: string, token: string): string {
  return `${appUrl.replace(/\/$/, "")}/api/open/${encodeURIComponent(token)}`;
}
