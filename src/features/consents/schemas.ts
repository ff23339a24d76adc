import { z } from "zod";
import { optionalText, requiredText, ZDate } from "@/schemas/fields";
import { CHANNELS, CONSENT_METHODS, CONSENT_RECORD_METHODS, LEGAL_BASES, OBJECTION_SCOPES } from "@/domain/vocabulary";

/**
 * Input schemas shared by the UI's server actions and the REST API. They check shape
 * only and stay lenient where a legal rule applies: that a representative stated authority, that an
 * offline opt-in says where and what was said, and so on are decided by validateConsentGrant
 * (src/domain/consent), so the user sees the rule's own message and citation.
 */
const optText = optionalText;
const reqText = requiredText;
export { ZDate };

export const ZGrantor = z.object({
  name: z.string().trim().max(200, { error: "validation.tooLong" }).default(""),
  role: optText(200),
  authority: optText(1000),
});

export const ZConsentEvidence = z.object({
  location: optText(500),
  statement: optText(5000),
  /** null/absent: the person themselves. Set: someone who consented on their behalf. */
  grantor: ZGrantor.nullish(),
  /** The notice version shown. Omitted: the service stores the version current for the purpose at the
   *  time of consent and marks the record `noticeInferred`, so the record never claims someone stated it. */
  noticeVersion: z.coerce.number().int().positive().nullish(),
  ip: optText(100),
  userAgent: optText(1000),
  formVersion: optText(100),
  /** Double opt-in: `ip`/`userAgent` are the submission's; the confirmation click is recorded apart from it. */
  submittedAt: ZDate.nullish(),
  confirmationIp: optText(100),
  confirmationUserAgent: optText(1000),
});
export type TConsentEvidence = z.input<typeof ZConsentEvidence>;

/** A file as services take it: bytes plus what the uploader called it. Type is sniffed, not trusted. */
export const ZAttachmentInput = z.object({
  fileName: z.string().trim().min(1).max(200),
  mimeType: z.string().max(100).default("application/octet-stream"),
  data: z.instanceof(Uint8Array),
});
export type TAttachmentInput = z.input<typeof ZAttachmentInput>;

/** The same for JSON clients (REST API): the content as base64. */
export const ZAttachmentBase64 = z
  .object({ fileName: z.string().trim().min(1).max(200), mimeType: z.string().max(100), contentBase64: z.base64() })
  .transform(({ contentBase64, ...rest }) => ({ ...rest, data: new Uint8Array(Buffer.from(contentBase64, "base64")) }));

export const ZRecordConsentInput = z.object({
  /** The purpose's key, e.g. "newsletter". */
  purpose: reqText(64),
  /** Omitted: every channel the purpose offers. */
  channels: z.array(z.enum(CHANNELS)).optional(),
  method: z.enum(CONSENT_METHODS),
  capturedAt: ZDate,
  affirmativeAct: z.boolean().optional(),
  preTicked: z.boolean().optional(),
  /** The "consent" came with a list we received (refused for purchased lists). */
  importedFromList: z.boolean().optional(),
  evidence: ZConsentEvidence.prefault({}),
  attachments: z.array(ZAttachmentInput).max(5).optional(),
});
export type TRecordConsentInput = z.input<typeof ZRecordConsentInput>;
export type TRecordConsentParsed = z.output<typeof ZRecordConsentInput>;

/** Art. 7 lid 3: withdrawing is as easy as giving: a purpose, optionally some channels, done. */
export const ZWithdrawConsentInput = z.object({
  purpose: reqText(64),
  /** Omitted or empty: every channel (the whole purpose). */
  channels: z.array(z.enum(CHANNELS)).optional(),
  at: ZDate.optional(),
  method: z.enum(CONSENT_RECORD_METHODS).default("staff_recorded"),
  statement: optText(5000),
  location: optText(500),
  /** Made by the person on a web page: their IP address and user agent, kept with the record. */
  ip: optText(100),
  userAgent: optText(1000),
});
export type TWithdrawConsentInput = z.input<typeof ZWithdrawConsentInput>;

/** A correction is a new record pointing at the one it corrects (the original stays, AVG art. 5 lid 2). */
export const ZCorrectConsentInput = z.object({
  correctsId: z.uuid({ error: "validation.required" }),
  reason: z.string().trim().max(2000, { error: "validation.tooLong" }).default(""),
  /** The original was never valid consent (e.g. it turned out to be pre-ticked): it stops counting. */
  invalidate: z.boolean().default(false),
  channels: z.array(z.enum(CHANNELS)).optional(),
  capturedAt: ZDate.optional(),
  evidence: ZConsentEvidence.partial().optional(),
  attachments: z.array(ZAttachmentInput).max(5).optional(),
});
export type TCorrectConsentInput = z.input<typeof ZCorrectConsentInput>;

/** How an objection commonly reaches us (the UI's choices; the API may send its own words). */
export const RECEIVED_VIA = ["phone", "email", "in_person", "letter", "web_form", "other"] as const;

export const ZRecordObjectionInput = z.object({
  scope: z.enum(OBJECTION_SCOPES),
  receivedAt: ZDate.optional(),
  /** How it reached us: "phone", "email", "in_person", "letter", "web_form", ... */
  receivedVia: reqText(100),
});
export type TRecordObjectionInput = z.input<typeof ZRecordObjectionInput>;

export const ZSetRestrictionInput = z.object({ reason: reqText(2000), setAt: ZDate.optional() });
export type TSetRestrictionInput = z.input<typeof ZSetRestrictionInput>;
export const ZLiftRestrictionInput = z.object({ restrictionId: z.uuid(), reason: reqText(2000) });
export type TLiftRestrictionInput = z.input<typeof ZLiftRestrictionInput>;

export const RELATIONSHIP_KINDS = ["ongoing", "one_time"] as const;
export const ZAddCustomerRelationshipInput = z.object({
  since: ZDate,
  until: ZDate.nullish(),
  products: z.array(reqText(200)).min(1, { error: "consents.errors.productsRequired" }).max(50),
  kind: z.enum(RELATIONSHIP_KINDS).default("ongoing"),
  optOutOfferedAtCollection: z.boolean(),
  /** Something was paid. A free trial, webinar or download is no sale and grants no customer
   *  exception (Tw art. 11.7 lid 3). Default true, so existing callers keep working. */
  paid: z.boolean().default(true),
});
export type TAddCustomerRelationshipInput = z.input<typeof ZAddCustomerRelationshipInput>;

export const ZRecordLegalBasisInput = z.object({
  purpose: reqText(64),
  basis: z.enum(LEGAL_BASES),
  balancingNote: optText(5000),
  since: ZDate.optional(),
  until: ZDate.nullish(),
});
export type TRecordLegalBasisInput = z.input<typeof ZRecordLegalBasisInput>;

export const ZChannelOptOutInput = z.object({
  channel: z.enum(CHANNELS),
  at: ZDate.optional(),
  via: reqText(100).default("staff_recorded"),
});
export type TChannelOptOutInput = z.input<typeof ZChannelOptOutInput>;

export const ZPauseChannelInput = z.object({
  channel: z.enum(CHANNELS).default("email"),
  until: ZDate,
  via: reqText(100).default("preference_centre"),
});
export type TPauseChannelInput = z.input<typeof ZPauseChannelInput>;

export const ZResumeChannelInput = z.object({
  channel: z.enum(CHANNELS).default("email"),
});
export type TResumeChannelInput = z.input<typeof ZResumeChannelInput>;

export const ZContactIdInput = z.object({ contactId: z.uuid() });
