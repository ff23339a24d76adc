import type { Db, Tx } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { mustInformSubjects } from "@/domain/breaches";
import { defaultMailTransport, sendStatutoryNotice, type MailTransport } from "@/server/mail/gate";
import { parseInput } from "@/server/validation/parse-input";
import { ZNotifySubjectsInput, type TNotifySubjectsInput } from "../schemas";

/** Per call: a large breach is worked through in rounds, each showing what is left. */
export const NOTIFY_BATCH = 200;

/**
 * Informs the affected people of a high-risk breach (AVG art. 34 lid 1) by mail, through the
 * normal mail path (SMTP, or the outbox when none is configured). Each mail is recorded on its
 * own, with an audit entry, as soon as it has gone: a failure halfway loses nothing and a second
 * run continues with those not yet informed. People without an e-mail address are counted, so
 * the privacy officer can reach them otherwise (art. 34 lid 3 sub c).
 */
export async function notifyAffectedContacts(
  db: Db,
  ctx: AuditContext,
  raw: TNotifySubjectsInput,
  transport: MailTransport = defaultMailTransport(),
) {
  const input = parseInput(ZNotifySubjectsInput, raw);
  const breach = await db.breach.findUnique({ where: { id: input.breachId }, select: { id: true, risk: true } });
  if (!breach) throw new AppError("NOT_FOUND", "This breach does not exist.", { key: "breaches.errors.notFound" });
  if (!mustInformSubjects(breach.risk)) {
    throw new AppError("CONFLICT", "Only a high-risk breach is communicated to the people affected (art. 34).", {
      key: "breaches.errors.notHighRisk",
    });
  }
  const pending = { breachId: breach.id, notifiedAt: null, contact: { emails: { some: {} } } };
  const batch = await db.breachAffectedContact.findMany({
    where: pending,
    select: { contactId: true },
    orderBy: { contactId: "asc" },
    take: NOTIFY_BATCH,
  });
  const notice = { kind: "breach_notification" as const, subject: input.subject, text: input.text };
  const recordSent = async (tx: Tx, contactId: string, messageId: string) => {
    await tx.breachAffectedContact.update({
      where: { breachId_contactId: { breachId: breach.id, contactId } },
      data: { notifiedAt: new Date(), messageId },
    });
    // The breach keeps the count even after an affected contact is erased later.
    await tx.breach.update({ where: { id: breach.id }, data: { subjectsNotified: { increment: 1 } } });
    await writeAuditEvent(tx, ctx, {
      action: "breach.subject_notified",
      target: { type: "contact", id: contactId },
      metadata: { breachId: breach.id, messageId },
    });
  };
  let sent = 0;
  for (const { contactId } of batch) {
    // In-app outbox: the stored mail and the record that the person was informed commit together,
    // so a failure leaves neither. SMTP: the mail goes first and the record says only what left.
    const delivered =
      transport.kind === "outbox"
        ? await db.$transaction(async (tx) => {
            const mail = await sendStatutoryNotice(tx, transport, { contactId, ...notice });
            if (mail) await recordSent(tx, contactId, mail.messageId);
            return mail;
          })
        : await sendStatutoryNotice(db, transport, { contactId, ...notice });
    if (!delivered) continue;
    if (transport.kind !== "outbox") await db.$transaction((tx) => recordSent(tx, contactId, delivered.messageId));
    sent++;
  }
  const [remaining, withoutAddress] = await Promise.all([
    db.breachAffectedContact.count({ where: pending }),
    db.breachAffectedContact.count({
      where: { breachId: breach.id, notifiedAt: null, contact: { emails: { none: {} } } },
    }),
  ]);
  return { sent, remaining, withoutAddress };
}
