import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { AppError, isAppError } from "@/server/errors";
import { sendWrittenConfirmation } from "../services/send-written-confirmation";
import { recordConsent } from "../services/record-consent";
import { withdrawConsent } from "../services/withdraw-consent";
import { getContactTimeline } from "../services/get-contact-timeline";
import { addCustomerRelationship } from "../services/add-customer-relationship";
import { recordObjection } from "../services/record-objection";
import { liftRestriction, setRestriction } from "../services/set-restriction";
import type {
  RELATIONSHIP_KINDS,
  TRecordConsentInput,
  TWithdrawConsentInput,
  TAddCustomerRelationshipInput,
  TSetRestrictionInput,
  TRecordObjectionInput,
} from "../schemas";
import type { Channel, ConsentRecordMethod } from "@/domain/vocabulary";
import { iso, isoOrNull } from "@/server/http/api/common";

/** Consent and related records through the consents feature's services, mapped to API shapes. */
const recorded = (
  contactId: string,
  r: { id: string; action: "granted" | "withdrawn"; effectiveAt: Date; recordedAt: Date },
) => ({
  id: r.id,
  contactId,
  action: r.action,
  effectiveAt: iso(r.effectiveAt),
  recordedAt: iso(r.recordedAt),
});

export async function recordConsentFromApi(
  db: Db,
  ctx: AuditContext,
  contactId: string,
  body: TRecordConsentInput & { sendWrittenConfirmation?: boolean },
) {
  const { sendWrittenConfirmation: send = true, ...input } = body;
  const record = await recordConsent(db, ctx, contactId, input);
  return {
    ...recorded(contactId, record),
    noticeVersion: record.noticeVersion,
    noticeInferred: record.noticeInferred,
    evidenceStrength: record.evidenceStrength,
    writtenConfirmation: await confirmInWriting(db, ctx, contactId, record, send),
  };
}

/** The consent is stored whatever happens here: a confirmation that cannot go out is reported, not fatal. */
async function confirmInWriting(
  db: Db,
  ctx: AuditContext,
  contactId: string,
  record: { id: string; evidenceStrength: string },
  send: boolean,
) {
  if (record.evidenceStrength !== "weak") return "not_needed" as const;
  if (!send) return "not_requested" as const;
  try {
    await sendWrittenConfirmation(db, ctx, { contactId, consentRecordId: record.id });
    return "sent" as const;
  } catch (error) {
    if (isAppError(error) && error.key === "consents.errors.noEmailForConfirmation") return "no_email_address" as const;
    if (isAppError(error)) return "not_sent" as const;
    throw error;
  }
}

export async function withdrawConsentFromApi(
  db: Db,
  ctx: AuditContext,
  contactId: string,
  body: TWithdrawConsentInput,
) {
  return recorded(contactId, await withdrawConsent(db, ctx, contactId, body));
}

/** The consent history (AVG art. 7 lid 1: what the controller must be able to demonstrate), newest first. */
export async function getConsentHistory(db: Db, contactId: string) {
  await assertContactExists(db, contactId);
  const events = await getContactTimeline(db, contactId);
  const results = events.flatMap((e) =>
    e.kind !== "consent"
      ? []
      : [
          {
            id: e.id,
            purpose: e.consent.purposeKey,
            action: e.consent.action,
            channels: e.consent.channels as Channel[],
            method: e.consent.method as ConsentRecordMethod,
            effectiveAt: iso(e.at),
            recordedAt: iso(e.recordedAt),
            recordedVia: e.consent.recordedVia,
            noticeVersion: e.consent.notice?.version ?? null,
            noticeInferred: e.consent.noticeInferred,
            evidenceStrength: e.consent.evidenceStrength,
            confirmation: e.consent.confirmation && {
              sentAt: isoOrNull(e.consent.confirmation.sentAt),
              confirmedAt: isoOrNull(e.consent.confirmation.confirmedAt),
              declinedAt: isoOrNull(e.consent.confirmation.declinedAt),
            },
            location: e.consent.location,
            statement: e.consent.statement,
            grantor: e.consent.grantor,
            ip: e.consent.ip,
            userAgent: e.consent.userAgent,
            correctsId: e.consent.correctsId,
            correctionReason: e.consent.correctionReason,
            invalidates: e.consent.invalidates,
            superseded: e.consent.superseded,
            attachments: e.consent.attachments,
          },
        ],
  );
  return { results };
}

export async function addCustomerRelationshipFromApi(
  db: Db,
  ctx: AuditContext,
  contactId: string,
  body: TAddCustomerRelationshipInput,
) {
  const r = await addCustomerRelationship(db, ctx, contactId, body);
  return {
    id: r.id,
    contactId,
    since: iso(r.since),
    until: isoOrNull(r.until),
    products: r.products,
    kind: r.kind as (typeof RELATIONSHIP_KINDS)[number],
    optOutOfferedAtCollection: r.optOutOfferedAtCollection,
    paid: r.paid,
  };
}

export async function recordObjectionFromApi(
  db: Db,
  ctx: AuditContext,
  contactId: string,
  body: TRecordObjectionInput,
) {
  const o = await recordObjection(db, ctx, contactId, body);
  return { id: o.id, contactId, scope: o.scope, receivedAt: iso(o.receivedAt), receivedVia: o.receivedVia };
}

type RestrictionRow = {
  id: string;
  contactId: string;
  reason: string;
  setAt: Date;
  liftedAt: Date | null;
  liftReason: string | null;
};
const toApiRestriction = (r: RestrictionRow) => ({
  id: r.id,
  contactId: r.contactId,
  reason: r.reason,
  setAt: iso(r.setAt),
  liftedAt: isoOrNull(r.liftedAt),
  liftReason: r.liftReason,
});

export async function setRestrictionFromApi(db: Db, ctx: AuditContext, contactId: string, body: TSetRestrictionInput) {
  return toApiRestriction(await setRestriction(db, ctx, contactId, body));
}

/** DELETE names the contact, not the restriction: lift the one in force (there is at most one). */
export async function liftRestrictionFromApi(db: Db, ctx: AuditContext, contactId: string, body: { reason: string }) {
  await assertContactExists(db, contactId);
  const active = await db.restriction.findFirst({ where: { contactId, liftedAt: null }, select: { id: true } });
  if (!active)
    throw new AppError("CONFLICT", "Processing is not restricted for this contact; there is nothing to lift.", {
      key: "api.errors.notRestricted",
    });
  return toApiRestriction(await liftRestriction(db, ctx, contactId, { restrictionId: active.id, reason: body.reason }));
}

async function assertContactExists(db: Db, contactId: string) {
  const found = await db.contact.findUnique({ where: { id: contactId }, select: { id: true } });
  if (!found)
    throw new AppError("NOT_FOUND", "This contact does not exist (any more).", { key: "contacts.errors.notFound" });
}
