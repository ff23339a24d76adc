import { z } from "zod";
import { ORGANISATION_SECTORS } from "@/domain/vocabulary";
import { unknownPlaceholders } from "@/domain/notices";

/**
 * An art. 14 notice template (AVG art. 14): empty = the product's default text. A placeholder the
 * product does not know would reach people as "{naam}"; one without {source} would not say where
 * the data came from (lid 2 sub f). Both are refused.
 */
const noticeTemplate = z
  .string()
  .trim()
  .max(5000, { error: "validation.tooLong" })
  .refine((t) => unknownPlaceholders(t).length === 0, { error: "settings.errors.unknownPlaceholder" })
  .refine((t) => t === "" || t.includes("{source}"), { error: "settings.errors.sourceMissing" });

const months = z.coerce
  .number()
  .int()
  .min(0, { error: "validation.nonNegative" })
  .max(120, { error: "validation.tooLarge" });

const emptyIsNull = z.literal("").transform(() => null);
const lifetimeDays = () =>
  z
    .union([emptyIsNull, z.null(), z.coerce.number().int().min(1).max(3650)], { error: "settings.errors.days" })
    .optional();

/**
 * How long consent counts per channel (docs/law/consent.md, "Lifetime"). Each field may be left out
 * (unchanged). A channel's lifetime in days replaces the general consentLifetimeDays there; empty =
 * the general one applies. Phone instead has the telemarketing code's window for the first call
 * (months, default six); empty = no window.
 */
export const ZConsentLifetimeSettings = z.object({
  emailConsentLifetimeDays: lifetimeDays(),
  smsConsentLifetimeDays: lifetimeDays(),
  postConsentLifetimeDays: lifetimeDays(),
  phoneFirstCallMonths: z
    .union([emptyIsNull, z.null(), z.coerce.number().int().min(1).max(120)], { error: "settings.errors.months" })
    .optional(),
});

/** The organisation's policy: the controller (shown in exports and receipts) and the engine's windows. */
export const ZUpdateSettingsInput = z.object({
  organisationName: z.string().trim().max(200),
  controllerEmail: z.union([z.literal(""), z.email({ error: "validation.email" })]),
  controllerAddress: z.string().trim().max(500),
  controllerPhone: z.string().trim().max(50),
  privacyPolicyUrl: z.union([z.literal(""), z.url({ error: "validation.url" })]),
  // Empty = consent does not expire by itself (the organisation may set a lifetime).
  consentLifetimeDays: z.union([
    z.literal("").transform(() => null),
    z.null(),
    z.coerce.number().int().min(1).max(3650),
  ]),
  customerExceptionMonthsAfterEnd: months,
  oneTimeBuyerExceptionMonths: z.union([z.literal("").transform(() => null), z.null(), months]),
  formerCustomerCallMonths: months,
  postalLegitimateInterest: z.boolean(),
  retentionMonthsWithoutBasis: months,
  // Decides whether customers who are natural persons may still be called without consent after
  // 1 July 2026 (Tw art. 11.7 as amended). Optional so that older forms keep working.
  sector: z.enum(ORGANISATION_SECTORS, { error: "validation.choose" }).optional(),
  // Omitted: unchanged. May consent given by phone be used before the person confirmed it in writing?
  weakConsentUsable: z.boolean().optional(),
  // The art. 14 notice in Dutch and English. Omitted: unchanged.
  art14NoticeNl: noticeTemplate.optional(),
  art14NoticeEn: noticeTemplate.optional(),
  signupPurgeDays: z.coerce
    .number()
    .int()
    .min(1, { error: "validation.nonNegative" })
    .max(90, { error: "validation.tooLarge" }),
  ...ZConsentLifetimeSettings.shape,
  // The layout of designed campaign mail and its sending rate. Omitted: unchanged.
  mailAccentColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: "settings.errors.colour" })
    .optional(),
  campaignRatePerMinute: z.coerce
    .number()
    .int()
    .min(10, { error: "settings.errors.rate" })
    .max(10_000, { error: "settings.errors.rate" })
    .optional(),
  // Envelope sender of campaign mail, where bounces and spam complaints come back. "" = not set.
  // The local part is kept short: "+<token>" (46 characters) is added to it for each message,
  // and a local part may have at most 64 (RFC 5321 §4.5.3.1.1). No "+" of its own: the receiver
  // reads everything after the first "+" as the token.
  returnPathAddress: z
    .union([
      z.literal(""),
      z
        .email({ error: "settings.errors.returnPath" })
        .max(254, { error: "settings.errors.returnPath" })
        .refine((a) => /^[a-z0-9._-]{1,18}@/i.test(a), { error: "settings.errors.returnPath" }),
    ])
    .optional(),
});
export type TUpdateSettingsInput = z.infer<typeof ZUpdateSettingsInput>;

/** Largest logo accepted, in bytes: it goes into every campaign mail's first screen. */
export const MAIL_LOGO_MAX_BYTES = 200_000;

/**
 * The logo of campaign mail: a PNG or JPEG (base64), or null to remove it. SVG is refused: it can
 * carry script, and many mail clients do not show it.
 */
export const ZMailLogoInput = z.object({
  logo: z
    .object({
      type: z.enum(["image/png", "image/jpeg"], { error: "settings.errors.logoType" }),
      base64: z
        .string()
        .max(Math.ceil(MAIL_LOGO_MAX_BYTES / 3) * 4 + 4, { error: "settings.errors.logoSize" })
        .regex(/^[A-Za-z0-9+/]+=*$/, { error: "settings.errors.logoType" }),
    })
    .nullable(),
});
export type TMailLogoInput = z.infer<typeof ZMailLogoInput>;

export const settingsSelect = {
  organisationName: true,
  controllerEmail: true,
  controllerAddress: true,
  controllerPhone: true,
  privacyPolicyUrl: true,
  consentLifetimeDays: true,
  customerExceptionMonthsAfterEnd: true,
  oneTimeBuyerExceptionMonths: true,
  formerCustomerCallMonths: true,
  postalLegitimateInterest: true,
  retentionMonthsWithoutBasis: true,
  sector: true,
  weakConsentUsable: true,
  signupPurgeDays: true,
  art14NoticeNl: true,
  art14NoticeEn: true,
  emailConsentLifetimeDays: true,
  smsConsentLifetimeDays: true,
  postConsentLifetimeDays: true,
  phoneFirstCallMonths: true,
  mailAccentColor: true,
  campaignRatePerMinute: true,
  returnPathAddress: true,
  mailLogoType: true,
  updatedAt: true,
} as const;

/**
 * Open tracking (a pixel in designed campaign mail). Reading whether someone opened a mail stores
 * or reads information on their device (ePrivacy art. 5 lid 3, Tw art. 11.7a); it is not strictly
 * necessary, so it needs each person's consent. Switching it on therefore names the purpose whose
 * consent covers measurement, and why the organisation measures at all (AVG art. 5 lid 2).
 */
export const ZOpenTrackingInput = z
  .object({
    enabled: z.boolean(),
    purposeId: z.union([z.literal("").transform(() => null), z.null(), z.uuid({ error: "validation.choose" })]),
    justification: z.string().trim().max(2000, { error: "validation.tooLong" }),
  })
  .superRefine((v, ctx) => {
    if (!v.enabled) return;
    if (!v.purposeId)
      ctx.addIssue({ code: "custom", path: ["purposeId"], message: "settings.errors.trackingPurposeMissing" });
    if (v.justification.length < 10)
      ctx.addIssue({
        code: "custom",
        path: ["justification"],
        message: "settings.errors.trackingJustificationMissing",
      });
  });
export type TOpenTrackingInput = z.infer<typeof ZOpenTrackingInput>;
