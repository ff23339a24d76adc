import type { Tx } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";

/**
 * A hard bounce: a mail server said it will never take mail for this address, either while we
 * handed the message over (a 5xx answer) or later in a bounce report. The address is flagged, not
 * erased, and from then on the rules engine refuses e-mail to it (address_undeliverable). Runs in
 * the caller's transaction, with its audit event; an address flagged already is left as it was.
 * True when it flagged the address now.
 */
export async function markAddressUndeliverable(
  tx: Tx,
  ctx: AuditContext,
  input: {
    emailAddressId: string;
    recipientId: string;
    reason: string;
    /** The mail server's reply code (at hand-over) or the DSN status code (in a report). */
    smtpCode?: number | null;
    status?: string | null;
    via: "smtp_reply" | "bounce_report";
    at?: Date;
  },
): Promise<boolean> {
  const flagged = await tx.emailAddress.updateMany({
    where: { id: input.emailAddressId, undeliverableAt: null },
    data: { undeliverableAt: input.at ?? new Date(), undeliverableReason: input.reason.slice(0, 500) },
  });
  if (flagged.count === 0) return false;
  const point = await tx.emailAddress.findUniqueOrThrow({
    where: { id: input.emailAddressId },
    select: { contactId: true },
  });
  await writeAuditEvent(tx, ctx, {
    action: "email_address.marked_undeliverable",
    target: { type: "contact", id: point.contactId },
    metadata: {
      emailAddressId: input.emailAddressId,
      recipientId: input.recipientId,
      smtpCode: input.smtpCode ?? null,
      ...(input.status ? { status: input.status } : {}),
      via: input.via,
    },
  });
  return true;
}
