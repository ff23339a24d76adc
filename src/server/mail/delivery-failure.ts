/**
 * What a failed SMTP delivery means for the message, read from the error the transport gave:
 *
 * - temporary: the server answered 4xx (RFC 5321 §4.2.1: "the action may be requested again"),
 *   or no connection was made at all. The server did not take the message, so sending it again
 *   later cannot make a duplicate.
 * - permanent: the server answered 5xx, or the gate refused it. Sending again would get the same
 *   answer; the reason is kept and it is not retried.
 * - unknown: the connection broke or timed out without an answer after the envelope was sent. The
 *   break may have come after the final "." of the data, when the server had already taken the
 *   message but its "250" never arrived (RFC 1047). The mail may have arrived, so it is not sent
 *   again: a person who asked for no more mail must never get a second copy.
 */
import { AppError } from "../errors";

/** `smtpCode`: the mail server's reply code, when it answered (the report tells bounces by it). */
export type DeliveryFailure = { kind: "temporary" | "permanent" | "unknown"; reason: string; smtpCode?: number };

type TransportError = Error & { responseCode?: number; response?: string; syscall?: string; code?: string };

/** System calls that fail before a single byte reached the server. */
const BEFORE_CONNECTING = new Set(["connect", "getaddrinfo", "queryA", "queryAaaa"]);

export function classifyDeliveryFailure(error: unknown): DeliveryFailure {
  if (error instanceof AppError) return { kind: "permanent", reason: clip(error.message) };
  if (!(error instanceof Error)) return { kind: "unknown", reason: clip(unknownReason("delivery failed")) };
  const e = error as TransportError;
  const answer = e.response?.trim() || e.message;
  if (typeof e.responseCode === "number" && e.responseCode >= 400 && e.responseCode < 500)
    return {
      kind: "temporary",
      reason: clip(`Temporarily refused by the mail server, tried again later: ${answer}`),
      smtpCode: e.responseCode,
    };
  if (typeof e.responseCode === "number" && e.responseCode >= 500 && e.responseCode < 600)
    return { kind: "permanent", reason: clip(`Refused by the mail server: ${answer}`), smtpCode: e.responseCode };
  if (e.syscall && BEFORE_CONNECTING.has(e.syscall))
    return { kind: "temporary", reason: clip(`The mail server could not be reached, tried again later: ${e.message}`) };
  return { kind: "unknown", reason: clip(unknownReason(e.message)) };
}

function unknownReason(detail: string) {
  return `The connection to the mail server broke during delivery (${detail}). It may have arrived, so it is not sent again: a second copy could be a duplicate.`;
}

const clip = (s: string) => s.slice(0, 500);
