import { z } from "zod";
import { OBJECTION_SCOPES, REQUEST_TYPES } from "@/domain/vocabulary";
import { normaliseEmail } from "@/domain/contact-points/normalise-email";
import { normalisePhone } from "@/domain/contact-points/normalise-phone";
import { DEFAULT_REQUEST_TIME_ZONE, fromWallTime } from "@/domain/requests";

export {
  REQUEST_CHANNELS,
  VERIFICATION_METHODS,
  RESPONSE_CHANNELS,
  CLOSE_OUTCOMES,
  LETTER_LANGUAGES,
  type RequestChannel,
  type VerificationMethod,
  type LetterLanguage,
} from "./constants";
import {
  CLOSE_OUTCOMES,
  LETTER_LANGUAGES,
  REQUEST_CHANNELS,
  RESPONSE_CHANNELS,
  VERIFICATION_METHODS,
} from "./constants";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "validation.tooLong" })
    .optional()
    .transform((v) => (v ? v : undefined));

/**
 * A moment typed in a form: "2026-11-22T14:30" from <input type="datetime-local"> is wall-clock
 * time in Amsterdam (the deadline runs on the controller's calendar), anything with a zone is ISO.
 */
export const ZMoment = z.union([z.date(), z.string().trim()]).transform((value, ctx) => {
  if (value instanceof Date) return value;
  const wall = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  const date = wall
    ? fromWallTime(
        {
          year: +wall[1],
          month: +wall[2],
          day: +wall[3],
          hour: +wall[4],
          minute: +wall[5],
          second: +(wall[6] ?? 0),
          millisecond: 0,
        },
        DEFAULT_REQUEST_TIME_ZONE,
      )
    : new Date(value);
  if (Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: "custom", message: "validation.date" });
    return z.NEVER;
  }
  return date;
});

const ZOptionalEmail = optionalText(254)
  .superRefine((v, ctx) => {
    if (v !== undefined && normaliseEmail(v) === null) ctx.addIssue({ code: "custom", message: "validation.email" });
  })
  .transform((v) => (v === undefined ? undefined : (normaliseEmail(v) ?? v)));
const ZOptionalPhone = optionalText(40)
  .superRefine((v, ctx) => {
    if (v !== undefined && normalisePhone(v, "NL") === null)
      ctx.addIssue({ code: "custom", message: "validation.phone" });
  })
  .transform((v) => (v === undefined ? undefined : (normalisePhone(v, "NL")?.e164 ?? v)));

export const ZRegisterRequestInput = z
  .object({
    type: z.enum(REQUEST_TYPES),
    receivedAt: ZMoment,
    channel: z.enum(REQUEST_CHANNELS),
    requesterName: z.string().trim().min(1, { error: "validation.required" }).max(200, { error: "validation.tooLong" }),
    requesterEmail: ZOptionalEmail,
    requesterPhone: ZOptionalPhone,
    requesterDetails: optionalText(2000),
    contactIds: z.array(z.uuid()).max(20).default([]),
  })
  .superRefine((v, ctx) => {
    // We must be able to answer (art. 12 lid 1); a request without any way back is unanswerable.
    // A request about ONE known contact may leave it out: the service answers where we reach them.
    if (!v.requesterEmail && !v.requesterPhone && !v.requesterDetails && v.contactIds.length !== 1) {
      ctx.addIssue({ code: "custom", path: ["requesterEmail"], message: "requests.errors.noWayToReach" });
    }
    if (v.receivedAt.getTime() > Date.now() + 5 * 60_000) {
      ctx.addIssue({ code: "custom", path: ["receivedAt"], message: "requests.errors.receivedInFuture" });
    }
  });
export type TRegisterRequestInput = z.input<typeof ZRegisterRequestInput>;
export type TRegisterRequest = z.output<typeof ZRegisterRequestInput>;

/** The public request page (no sign-in): what the person chose and typed, with the evidence of the
 *  submission. The e-mail address is where the verification link and the answer go. */
export const ZPublicRequestInput = z.object({
  type: z.enum(REQUEST_TYPES, { error: "requests.public.errors.type" }),
  name: z.string().trim().min(1, { error: "validation.required" }).max(200, { error: "validation.tooLong" }),
  email: z
    .string()
    .trim()
    .min(1, { error: "validation.required" })
    .max(254, { error: "validation.tooLong" })
    .refine((v) => normaliseEmail(v) !== null, { error: "validation.email" }),
  details: optionalText(2000),
  language: z.enum(LETTER_LANGUAGES).default("nl"),
  ip: z.string().trim().min(1).max(100),
  userAgent: z.string().trim().min(1).max(1000),
});
export type TPublicRequestInput = z.input<typeof ZPublicRequestInput>;

export const ZRequestIdInput = z.object({ requestId: z.uuid() });
export type TRequestIdInput = z.infer<typeof ZRequestIdInput>;

export const ZRequestContactInput = ZRequestIdInput.extend({ contactId: z.uuid() });
export type TRequestContactInput = z.infer<typeof ZRequestContactInput>;

export const ZFindContactCandidatesInput = z.object({
  query: z.string().trim().min(2, { error: "validation.required" }).max(200, { error: "validation.tooLong" }),
});

export const ZVerifyRequestInput = ZRequestIdInput.extend({ method: z.enum(VERIFICATION_METHODS) });
export type TVerifyRequestInput = z.infer<typeof ZVerifyRequestInput>;

export const ZExtendRequestInput = ZRequestIdInput.extend({
  months: z.coerce.number().int().min(1).max(2),
  reason: z
    .string()
    .trim()
    .min(5, { error: "requests.errors.reasonRequired" })
    .max(2000, { error: "validation.tooLong" }),
});
export type TExtendRequestInput = z.infer<typeof ZExtendRequestInput>;

export const ZRestrictInput = ZRequestIdInput.extend({
  reason: z.string().trim().min(3, { error: "validation.required" }).max(1000, { error: "validation.tooLong" }),
});
export type TRestrictInput = z.infer<typeof ZRestrictInput>;

export const ZObjectInput = ZRequestIdInput.extend({
  scopes: z.array(z.enum(OBJECTION_SCOPES)).min(1, { error: "validation.required" }),
});
export type TObjectInput = z.infer<typeof ZObjectInput>;

const ZRectifiedPoint = z.object({ id: z.uuid(), value: z.string().trim().max(254) });
export const ZRectifyInput = ZRequestIdInput.extend({
  contactId: z.uuid(),
  firstName: z.string().trim().min(1, { error: "validation.required" }).max(200, { error: "validation.tooLong" }),
  lastName: z.string().trim().min(1, { error: "validation.required" }).max(200, { error: "validation.tooLong" }),
  jobTitle: optionalText(200),
  emails: z.array(ZRectifiedPoint).max(50).default([]),
  phones: z.array(ZRectifiedPoint).max(50).default([]),
});
export type TRectifyInput = z.input<typeof ZRectifyInput>;

export const ZCloseRequestInput = ZRequestIdInput.extend({
  outcome: z.enum(CLOSE_OUTCOMES),
  responseText: z
    .string()
    .trim()
    .min(10, { error: "requests.errors.responseRequired" })
    .max(20_000, { error: "validation.tooLong" }),
  sentVia: z.enum(RESPONSE_CHANNELS),
  sentAt: ZMoment,
});
export type TCloseRequestInput = z.input<typeof ZCloseRequestInput>;

export const ZExportFormat = z.enum(["json", "csv"]);
export const ZLetterLanguage = z.enum(LETTER_LANGUAGES).catch("nl");
