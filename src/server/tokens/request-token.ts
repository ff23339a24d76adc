import type { TokenSigner, VerifyResult } from "./signed-token";

/**
 * The link in the mail that answers a data-subject request made on the public request page. It
 * names only the request; pressing the button on its page records that the requester controls the
 * address the request came from (one proportionate identity check, AVG art. 12 lid 6). Spent once
 * (UsedToken); it lives for the first month of the request, the time the controller has to answer.
 */
export const REQUEST_VERIFY_LABEL = "request-verify";
export const REQUEST_VERIFY_TTL_SECONDS = 31 * 24 * 60 * 60;
export type RequestVerifyClaims = { r: string };

export function signRequestVerifyToken(signer: TokenSigner, requestId: string, now?: Date): string {
  return signer.sign(REQUEST_VERIFY_LABEL, { r: requestId }, { ttlSeconds: REQUEST_VERIFY_TTL_SECONDS, now });
}

export function verifyRequestVerifyToken(
  signer: TokenSigner,
  token: unknown,
  now?: Date,
): VerifyResult<RequestVerifyClaims> {
  return verifyRequestClaims(signer, REQUEST_VERIFY_LABEL, token, now);
}

/** Both request links name only the request (`r`); a token without it is malformed. */
function verifyRequestClaims(
  signer: TokenSigner,
  label: string,
  token: unknown,
  now?: Date,
): VerifyResult<RequestVerifyClaims> {
  const result = signer.verify<RequestVerifyClaims>(label, token, { now });
  if (result.ok && typeof result.token.claims.r !== "string") return { ok: false, reason: "malformed" };
  return result;
}

/** The request page's signed "rendered at" stamp: a submission without one, or faster than a person
 *  can type, is a bot (it sees the ordinary answer, and nothing is stored or mailed). */
export const REQUEST_RENDER_LABEL = "request-render";
export function signRequestRenderToken(signer: TokenSigner, now?: Date): string {
  return signer.sign(REQUEST_RENDER_LABEL, { p: "privacy-request" }, { ttlSeconds: 24 * 60 * 60, now });
}
export function verifyRequestRenderToken(signer: TokenSigner, token: unknown, now?: Date) {
  return signer.verify<{ p: string }>(REQUEST_RENDER_LABEL, token, { now });
}

/**
 * The link to the status page of a request made on the public page, sent in the request's mail (so
 * only who controls the address has it). It names only the request and shows only what the person
 * told us and where it stands; it lives well past the longest deadline (three months).
 */
export const REQUEST_STATUS_LABEL = "request-status";
export const REQUEST_STATUS_TTL_SECONDS = 400 * 24 * 60 * 60;

export function signRequestStatusToken(signer: TokenSigner, requestId: string, now?: Date): string {
  return signer.sign(REQUEST_STATUS_LABEL, { r: requestId }, { ttlSeconds: REQUEST_STATUS_TTL_SECONDS, now });
}

export function verifyRequestStatusToken(
  signer: TokenSigner,
  token: unknown,
  now?: Date,
): VerifyResult<RequestVerifyClaims> {
  return verifyRequestClaims(signer, REQUEST_STATUS_LABEL, token, now);
}
