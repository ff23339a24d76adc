import { simpleParser } from "mailparser";
import type { ReturnedMailInput } from "@/domain/returned-mail";

/** The parts the classifier reads; plain text and HTML are the human-readable copy and not needed. */
const REPORT_PARTS = new Set([
  "message/delivery-status",
  "message/feedback-report",
  "text/rfc822-headers",
  "message/rfc822",
]);

/** Above this the mail is no report: a DSN is a few kilobytes. The receiver and the API take no more. */
export const RETURNED_MAIL_MAX_BYTES = 1_048_576;

/**
 * Reads a raw RFC 822 message into what the classifier needs, with mailparser. Kept in memory
 * only: nothing of the returned mail is stored. Null when it cannot be read as mail at all.
 */
export async function readReturnedMail(raw: Buffer): Promise<ReturnedMailInput | null> {
  if (raw.length === 0 || raw.length > RETURNED_MAIL_MAX_BYTES) return null;
  try {
    // keepDeliveryStatus: the DSN's machine-readable part as a part of its own, not folded into the text.
    const mail = await simpleParser(raw, { keepDeliveryStatus: true, skipHtmlToText: true, skipTextLinks: true });
    const type = mail.headers.get("content-type") as { value?: string; params?: Record<string, string> } | undefined;
    const text = raw.toString("latin1");
    const split = text.search(/\r?\n\r?\n/);
    return {
      // No Content-Type header means text/plain (RFC 2045 §5.2).
      contentType: type?.value?.toLowerCase() ?? "text/plain",
      reportType: type?.params?.["report-type"]?.toLowerCase() ?? null,
      from: mail.from?.value[0]?.address ?? null,
      parts: mail.attachments
        .filter((a) => REPORT_PARTS.has(a.contentType.toLowerCase()))
        .map((a) => ({ contentType: a.contentType.toLowerCase(), text: a.content.toString("utf8") })),
      body: split < 0 ? "" : text.slice(split),
    };
  } catch {
    return null;
  }
}
