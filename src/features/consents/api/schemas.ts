import { z } from "zod";
import { CHANNELS, CONSENT_RECORD_METHODS, OBJECTION_SCOPES } from "@/domain/vocabulary";
import {
  RELATIONSHIP_KINDS,
  ZAddCustomerRelationshipInput,
  ZAttachmentBase64,
  ZRecordConsentInput,
  ZRecordObjectionInput,
  ZSetRestrictionInput,
  ZWithdrawConsentInput,
} from "../schemas";
import { listOf, ZIsoDateTime } from "@/server/http/api/common";
import { EVIDENCE_STRENGTHS } from "@/domain/consent";

/**
 * Consent and related records. The bodies are the consents feature's schemas; the lawfulness
 * rules (affirmative act, no pre-ticked box, evidence for offline opt-ins...) are decided by the
 * same service the UI calls, which answers 422 naming each problem and its article.
 * `affirmativeAct` is required in the API: a client must state it, not leave it out.
 */
export const ZApiRecordConsent = ZRecordConsentInput.omit({ attachments: true }).extend({
  affirmativeAct: z.boolean(),
  /** Scans of the card or form, as base64. */
  attachments: z.array(ZAttachmentBase64).max(5).optional(),
  /** Weak evidence (phone without recording): mail the contact a written confirmation. Default true. */
  sendWrittenConfirmation: z.boolean().default(true),
});
export type TApiRecordConsent = z.output<typeof ZApiRecordConsent>;

export const ZApiWithdrawConsent = ZWithdrawConsentInput;

export const ZApiConsentRecorded = z.object({
  id: z.uuid(),
  contactId: z.uuid(),
  action: z.enum(["granted", "withdrawn"]),
  effectiveAt: ZIsoDateTime,
  recordedAt: ZIsoDateTime,
});

/** A recorded grant: the record, plus what the product made of its evidence. */
export const ZApiConsentGranted = ZApiConsentRecorded.extend({
  /** The notice version stored with the consent. */
  noticeVersion: z.int().nullable(),
  /** true: no version was sent, the one current for the purpose at `capturedAt` was stored. */
  noticeInferred: z.boolean(),
  /** How well the consent can be shown (AVG art. 7 lid 1): strong, standard, or weak (phone without recording). */
  evidenceStrength: z.enum(EVIDENCE_STRENGTHS),
  /** What happened about a written confirmation: `sent`, `not_needed` (evidence not weak),
   *  `not_requested`, `no_email_address`, or `not_sent` (the send gate refused, e.g. restriction). */
  writtenConfirmation: z.enum(["sent", "not_needed", "not_requested", "no_email_address", "not_sent"]),
});

export const ZApiConsentEvent = z.object({
  id: z.uuid(),
  purpose: z.string(),
  action: z.enum(["granted", "withdrawn"]),
  channels: z.array(z.enum(CHANNELS)),
  method: z.enum(CONSENT_RECORD_METHODS),
  effectiveAt: ZIsoDateTime,
  recordedAt: ZIsoDateTime,
  /** "ui", "api", "public", "import", "system". */
  recordedVia: z.string(),
  noticeVersion: z.int().nullable(),
  /** The notice version was not sent but inferred (the one current at the time of consent). */
  noticeInferred: z.boolean(),
  /** Grants: strong, standard or weak; null for withdrawals. */
  evidenceStrength: z.enum(EVIDENCE_STRENGTHS).nullable(),
  /** The written confirmation of a phone consent: when sent, and the person's answer. */
  confirmation: z
    .object({
      sentAt: ZIsoDateTime.nullable(),
      confirmedAt: ZIsoDateTime.nullable(),
      declinedAt: ZIsoDateTime.nullable(),
    })
    .nullable(),
  location: z.string().nullable(),
  statement: z.string().nullable(),
  grantor: z.object({ name: z.string(), role: z.string().nullable(), authority: z.string().nullable() }).nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  correctsId: z.uuid().nullable(),
  correctionReason: z.string().nullable(),
  /** This record says the one it corrects never was valid consent. */
  invalidates: z.boolean(),
  /** Replaced by a later correction: kept as history, no longer counts. */
  superseded: z.boolean(),
  attachments: z.array(z.object({ id: z.uuid(), fileName: z.string(), mimeType: z.string(), size: z.int() })),
});
export const ZApiConsentHistory = listOf(ZApiConsentEvent);

export const ZApiAddCustomerRelationship = ZAddCustomerRelationshipInput;
export const ZApiCustomerRelationship = z.object({
  id: z.uuid(),
  contactId: z.uuid(),
  since: ZIsoDateTime,
  until: ZIsoDateTime.nullable(),
  products: z.array(z.string()),
  kind: z.enum(RELATIONSHIP_KINDS),
  optOutOfferedAtCollection: z.boolean(),
  paid: z.boolean(),
});

/** How the objection reached us defaults to "api" (the system that calls us received it). */
export const ZApiRecordObjection = ZRecordObjectionInput.extend({
  receivedVia: ZRecordObjectionInput.shape.receivedVia.default("api"),
});
export const ZApiObjection = z.object({
  id: z.uuid(),
  contactId: z.uuid(),
  scope: z.enum(OBJECTION_SCOPES),
  receivedAt: ZIsoDateTime,
  receivedVia: z.string(),
});

export const ZApiSetRestriction = ZSetRestrictionInput;
export const ZApiLiftRestriction = z.object({
  reason: z
    .string()
    .trim()
    .min(1, { error: "validation.required" })
    .max(2000, { error: "validation.tooLong" })
    .default("Lifted through the API"),
});
export const ZApiRestriction = z.object({
  id: z.uuid(),
  contactId: z.uuid(),
  reason: z.string(),
  setAt: ZIsoDateTime,
  liftedAt: ZIsoDateTime.nullable(),
  liftReason: z.string().nullable(),
});
