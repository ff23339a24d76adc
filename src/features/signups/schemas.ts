import { z } from "zod";

/** Fields a form may ask besides the e-mail address (always required: the confirmation goes there). */
export const SIGNUP_FIELDS = ["name", "company", "jobTitle"] as const;
export type SignupField = (typeof SIGNUP_FIELDS)[number];
export const PUBLIC_LANGUAGES = ["nl", "en"] as const;
export type PublicLanguage = (typeof PUBLIC_LANGUAGES)[number];
/** Slugs that are paths of their own under /f/. */
export const RESERVED_SLUGS = ["confirm", "embed"];

const reqText = (max: number) =>
  z.string().trim().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" });
const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "validation.tooLong" })
    .nullish()
    .transform((v) => (v ? v : null));

/** The builder: saving a form creates it, or adds a new version (the old ones stay for the evidence). */
export const ZSaveSignupFormInput = z.object({
  formId: z.uuid().nullish(),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, { error: "signups.errors.slug" })
    .refine((s) => !RESERVED_SLUGS.includes(s), { error: "signups.errors.slug" }),
  name: reqText(200),
  purposeKeys: z.array(reqText(64)).min(1, { error: "signups.errors.purposesRequired" }).max(20),
  fields: z.array(z.enum(SIGNUP_FIELDS)).default([]),
  languages: z.array(z.enum(PUBLIC_LANGUAGES)).min(1, { error: "signups.errors.languagesRequired" }),
  offerCalls: z.boolean().default(false),
  thankYouNl: reqText(2000),
  thankYouEn: reqText(2000),
  organisationName: reqText(200),
  privacyPolicyUrl: z.url({ error: "validation.url" }).max(500),
});
export type TSaveSignupFormInput = z.input<typeof ZSaveSignupFormInput>;

/**
 * One sign-up, from the hosted page or from a site that posts its own form through the API.
 * `purposes` are the keys the person ticked for e-mail (never pre-ticked); `callPurposes` the keys
 * they ticked the separate "you may call me about …" box for (consent to be called is its own act);
 * `noticeVersions` the notice version shown per purpose (default: the purpose's current version,
 * which is what a hosted page shows). At least one of `purposes` and `callPurposes` names a purpose.
 */
export const ZSignupSubmission = z.object({
  email: z.string().trim().min(1, { error: "validation.required" }).max(254, { error: "validation.tooLong" }),
  firstName: optText(100),
  lastName: optText(100),
  company: optText(200),
  jobTitle: optText(200),
  /** With a call box ticked: the number the person may be called on. */
  phone: optText(64),
  /** The older single box: calls about every ticked purpose that offers phone. */
  calls: z.boolean().default(false),
  purposes: z.array(reqText(64)).max(20).default([]),
  callPurposes: z.array(reqText(64)).max(20).default([]),
  language: z.enum(PUBLIC_LANGUAGES).default("nl"),
  ip: reqText(100),
  userAgent: reqText(1000),
  formId: z.uuid().nullish(),
  noticeVersions: z.record(z.string(), z.coerce.number().int().positive()).default({}),
});
export type TSignupSubmission = z.input<typeof ZSignupSubmission>;
export type TSignupSubmissionParsed = z.output<typeof ZSignupSubmission>;

/** What a pending sign-up stores per ticked purpose. */
export type PendingPurpose = { key: string; noticeVersion: number; channels: ("email" | "phone")[] };
