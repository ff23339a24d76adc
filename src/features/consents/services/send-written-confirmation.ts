import { actorUserId } from "@/server/audit/actor";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { env } from "@/server/env";
import { defaultMailTransport, sendAllowedMail, type MailTransport } from "@/server/mail/gate";
import { tokenSigner } from "@/server/tokens/token-signer";
import { signConsentConfirmationToken } from "@/server/tokens/consent-confirmation-token";
import { canBeConfirmedInWriting, evidenceStrength } from "@/domain/consent";
import type { Channel, ConsentMethod } from "@/domain/vocabulary";
import { decideFacts } from "@/features/outreach";
import { loadContactDecisionInputs } from "@/features/outreach";
import { composeConfirmationMail } from "./compose-confirmation-mail";

/**
 * The mail gate's purpose for a written confirmation. It is a service message about the person's
 * own consent, not marketing for the purpose it names (AVG art. 6 lid 1 sub c/f, art. 7 lid 1): the
 * engine decides it as non-commercial, so an erased, suppressed or restricted contact still gets
 * nothing (art. 17, 18), while an unconfirmed consent does not block its own confirmation.
 */
export const CONFIRMATION_PURPOSE = {
  key: "consent-confirmation",
  directMarketing: false,
  channels: ["email"],
} as const;

const refuse = (code: "CONFLICT" | "UNLAWFUL", message: string, key: string): never => {
  throw new AppError(code, message, { key: `consents.errors.${key}` });
};

/**
 * Sends the written confirmation of a weak (phone) consent to the contact's e-mail address, through
 * the mail gate, with a signed expiring link; records that it was sent as evidence linked to the
 * consent record (append-only) with its audit entry.
 */
export async function sendWrittenConfirmation(
  db: Db,
  ctx: AuditContext,
  input: { contactId: string; consentRecordId: string },
  opts: { transport?: MailTransport } = {},
) {
  // Wall clock only: the gate checks that its permit is about this very moment.
  const now = new Date();
  const record = await db.consentRecord.findUnique({
    where: { id: input.consentRecordId },
    include: {
      purpose: { select: { nameNl: true, nameEn: true } },
      notice: { select: { textNl: true, textEn: true } },
      _count: { select: { attachments: true, correctedBy: true } },
      evidenceEvents: { where: { kind: { in: ["confirmed", "declined"] } }, select: { kind: true } },
      contact: { select: { emails: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true } } } },
    },
  });
  if (!record || record.contactId !== input.contactId)
    throw new AppError("NOT_FOUND", "This consent record does not exist for this contact.", {
      key: "consents.errors.recordNotFound",
    });
  const strength = evidenceStrength({
    method: record.method as ConsentMethod,
    hasAttachment: record._count.attachments > 0,
    confirmedInWriting: record.evidenceEvents.some((e) => e.kind === "confirmed"),
  });
  if (record.action !== "granted" || record._count.correctedBy > 0 || record.invalidates)
    refuse("CONFLICT", "Only a consent in force can be confirmed.", "confirmationNotInForce");
  if (!canBeConfirmedInWriting(strength) || record.evidenceEvents.length > 0)
    refuse("CONFLICT", "This consent needs no written confirmation.", "confirmationNotNeeded");
  const emails = record.contact.emails;
  const email = emails.find((e) => e.kind === "personal") ?? emails[0];
  if (!email)
    refuse("CONFLICT", "This contact has no e-mail address to send a confirmation to.", "noEmailForConfirmation");

  const { facts, policy } = await loadContactDecisionInputs(db, input.contactId, { at: now });
  const { decision, permit } = decideFacts(
    facts,
    {
      purpose: { ...CONFIRMATION_PURPOSE, channels: ["email"] },
      channel: "email",
      commercial: false,
      at: now,
      settings: policy.settings,
    },
    email!.id,
  );
  if (!permit) throw new AppError("UNLAWFUL", decision.explanation.en, { key: "outreach.errors.gateRefused" });

  const settings = await db.organisationSettings.findUnique({ where: { id: 1 }, select: { organisationName: true } });
  const token = signConsentConfirmationToken(tokenSigner(), { r: record.id, c: record.contactId }, now);
  const mail = composeConfirmationMail({
    organisation: settings?.organisationName || "Grondslag",
    givenAt: record.effectiveAt,
    purpose: record.purpose,
    channels: record.channels as Channel[],
    notice: record.notice,
    statement: record.statement,
    url: `${env.APP_URL.replace(/\/$/, "")}/c/${token}`,
  });
  const message = { contactId: record.contactId, purposeKey: CONFIRMATION_PURPOSE.key, commercial: false, ...mail };
  const transport = opts.transport ?? defaultMailTransport();

  const recordSent = async (tx: Parameters<Parameters<Db["$transaction"]>[0]>[0], outboxId?: string) => {
    const event = await tx.consentEvidenceEvent.create({
      data: {
        consentRecordId: record.id,
        kind: "confirmation_sent",
        at: now,
        emailAddressId: email!.id,
        outboxMessageId: outboxId ?? null,
        recordedById: actorUserId(ctx),
      },
      select: { id: true, at: true },
    });
    await writeAuditEvent(tx, ctx, {
      action: "consent.confirmation_sent",
      target: { type: "contact", id: record.contactId },
      metadata: { consentRecordId: record.id, evidenceEventId: event.id, emailAddressId: email!.id },
    });
    return event;
  };
  // In-app outbox: the mail and its evidence commit together. SMTP: the mail goes first, and the
  // evidence says only what really left (a failed send records nothing and can be retried).
  if (transport.kind === "outbox") {
    return db.$transaction(async (tx) => {
      const sent = await sendAllowedMail(tx, transport, permit, message);
      return recordSent(tx, sent.outboxId);
    });
  }
  await sendAllowedMail(db, transport, permit, message);
  return db.$transaction((tx) => recordSent(tx));
}
