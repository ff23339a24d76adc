/**
 * What a mail that came back to the return path says, read from its parts: a delivery status
 * notification (DSN, RFC 3464), a spam complaint relayed by a mailbox provider (ARF, RFC 5965), or
 * neither. Pure: the service parses the MIME structure (mailparser) and hands the parts in.
 *
 * - DSN: per recipient, `Action: failed` with `Status: 5.x.x` is a hard bounce (the address will
 *   never take mail); `Action: delayed`, or a `4.x.x` status, is a soft one. A DSN that reports
 *   only successes (delivered, relayed, expanded) is no bounce.
 * - ARF: a complaint; its Feedback-Type says which kind (abuse, fraud, ...).
 * - Anything else (an out-of-office reply, a human answer, something unreadable) is not a report.
 *
 * Nothing of the person's mail is returned except the original Message-ID (to find the campaign
 * recipient) and the status codes.
 */

export type ReturnedMailPart = { contentType: string; text: string };

export type ReturnedMailInput = {
  /** The top-level Content-Type, lower case, without parameters; null when there was none. */
  contentType: string | null;
  /** Its report-type parameter, when it is multipart/report. */
  reportType: string | null;
  /** The report's own sender, for the complaint's evidence (which provider relayed it). */
  from: string | null;
  /** The parts that are no plain text or HTML: the machine-readable report and the returned headers. */
  parts: ReturnedMailPart[];
  /** The body below the top-level headers, for a Message-ID the parser did not expose as a part. */
  body: string;
};

export type ReturnedMailReport =
  | { kind: "hard_bounce" | "soft_bounce"; status: string | null; originalMessageId: string | null }
  | { kind: "complaint"; feedbackType: string; provider: string | null; originalMessageId: string | null }
  | { kind: "not_a_report"; why: "not_a_report" | "unknown_report_type" | "no_failure" | "unreadable" };

type Fields = Map<string, string>;

/** RFC 822-style field blocks separated by blank lines; folded lines joined; names lower case. */
export function parseFieldBlocks(text: string): Fields[] {
  const blocks: Fields[] = [];
  let current: Fields = new Map();
  let last: string | null = null;
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (line.trim() === "") {
      if (current.size > 0) blocks.push(current);
      current = new Map();
      last = null;
      continue;
    }
    if (/^[ \t]/.test(line) && last) {
      current.set(last, `${current.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(":");
    if (colon < 1) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    if (!current.has(last)) current.set(last, line.slice(colon + 1).trim());
  }
  if (current.size > 0) blocks.push(current);
  return blocks;
}

const MESSAGE_ID = /^message-id:[ \t]*(?:\r?\n[ \t]+)?(<[^<>\s]{1,500}>)/im;

/** The Message-ID of the mail that was returned, from the returned headers or the whole message. */
function originalMessageId(input: ReturnedMailInput): string | null {
  for (const part of input.parts) {
    if (part.contentType !== "text/rfc822-headers" && part.contentType !== "message/rfc822") continue;
    const headers = part.text.replace(/\r\n?/g, "\n").split("\n\n")[0];
    const found = MESSAGE_ID.exec(headers);
    if (found) return found[1];
  }
  // An embedded message shown inline is unpacked by the parser, and its Message-ID with it; it is
  // still in the body. The report's own Message-ID is in the top-level headers, not in the body.
  return MESSAGE_ID.exec(input.body)?.[1] ?? null;
}

const STATUS = /^([245])\.\d{1,3}\.\d{1,3}/;

function classifyDsn(input: ReturnedMailInput): ReturnedMailReport {
  const part = input.parts.find((p) => p.contentType === "message/delivery-status");
  if (!part) return { kind: "not_a_report", why: "unreadable" };
  // The first block is about the message; the ones after it each about one recipient.
  const recipients = parseFieldBlocks(part.text).filter((b) => b.has("action") || b.has("final-recipient"));
  let hard: string | null = null;
  let soft: string | null | undefined;
  for (const r of recipients) {
    const action = (r.get("action") ?? "").toLowerCase().trim();
    const status = STATUS.exec(r.get("status") ?? "")?.[0] ?? null;
    if (action === "failed" && status?.startsWith("5")) hard ??= status;
    else if (action === "delayed" || action === "failed" || status?.startsWith("4")) soft ??= status;
  }
  const id = originalMessageId(input);
  if (hard) return { kind: "hard_bounce", status: hard, originalMessageId: id };
  if (soft !== undefined) return { kind: "soft_bounce", status: soft, originalMessageId: id };
  return { kind: "not_a_report", why: "no_failure" };
}

function classifyArf(input: ReturnedMailInput): ReturnedMailReport {
  const part = input.parts.find((p) => p.contentType === "message/feedback-report");
  if (!part) return { kind: "not_a_report", why: "unreadable" };
  const fields = parseFieldBlocks(part.text)[0] ?? new Map<string, string>();
  const feedbackType = (fields.get("feedback-type") ?? "").toLowerCase().trim();
  if (!/^[a-z][a-z0-9-]{0,40}$/.test(feedbackType)) return { kind: "not_a_report", why: "unreadable" };
  const provider = input.from?.match(/@([a-z0-9.-]+\.[a-z]{2,})>?\s*$/i)?.[1]?.toLowerCase() ?? null;
  return { kind: "complaint", feedbackType, provider, originalMessageId: originalMessageId(input) };
}

export function classifyReturnedMail(input: ReturnedMailInput): ReturnedMailReport {
  if (input.contentType !== "multipart/report") return { kind: "not_a_report", why: "not_a_report" };
  const type = (input.reportType ?? "").toLowerCase();
  if (type === "delivery-status") return classifyDsn(input);
  if (type === "feedback-report") return classifyArf(input);
  return { kind: "not_a_report", why: "unknown_report_type" };
}
