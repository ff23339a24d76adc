import { z } from "zod";
import { CONTACT_LANGUAGES, EMAIL_KINDS, LEGAL_FORMS, PHONE_KINDS, SOURCE_TYPES } from "@/domain/vocabulary";
import { optionalText, requiredText, ZDate } from "@/schemas/fields";
import { ZRecordConsentInput } from "@/features/consents/schemas";

/**
 * Contact input, shared by the UI's actions and the REST API (the body of
 * POST /api/v1/contacts). Shape only; the rules with legal weight (KvK format, designation evidence,
 * provenance detail) live in rules/contact-rules.ts so they are unit-tested and name the problem.
 */
const reqText = requiredText;
const optText = optionalText;

export const ZCompanyInput = z.object({
  name: reqText(200),
  legalForm: z.enum(LEGAL_FORMS),
  kvkNumber: optText(20),
  website: optText(300),
  generalPhone: optText(40),
  generalEmail: optText(254),
});
export type TCompanyInput = z.input<typeof ZCompanyInput>;

/** Tw art. 11.7: where and when the company showed this address is meant for commercial mail. */
export const ZDesignation = z.object({ where: optText(500), seenAt: ZDate.nullish() });

export const ZEmailInput = z.object({
  address: reqText(254),
  kind: z.enum(EMAIL_KINDS),
  designation: ZDesignation.nullish(),
});
export type TEmailInput = z.input<typeof ZEmailInput>;

export const ZPhoneInput = z.object({ number: reqText(64), kind: z.enum(PHONE_KINDS) });
export type TPhoneInput = z.input<typeof ZPhoneInput>;

export const ZPostalAddressInput = z.object({
  street: reqText(200),
  postalCode: reqText(20),
  city: reqText(100),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: "contacts.errors.country" })
    .default("NL"),
});
export type TPostalAddressInput = z.input<typeof ZPostalAddressInput>;

/** Provenance, required for every contact (AVG art. 14 lid 2 sub f: the source must be told). */
export const ZSourceInput = z.object({
  type: z.enum(SOURCE_TYPES),
  detail: optText(500),
  /** For public sources: the purpose (key) the data was published for; publication is not consent. */
  publishedForPurpose: optText(200),
  /** When it was collected; defaults to now. */
  collectedAt: ZDate.optional(),
});
export type TSourceInput = z.input<typeof ZSourceInput>;

const contactFields = {
  firstName: reqText(100),
  lastName: reqText(100),
  jobTitle: optText(200),
  notes: optText(5000),
  /** The language the person reads ("nl" or "en"); absent or null = not known. */
  language: z.enum(CONTACT_LANGUAGES, { error: "validation.choose" }).nullish(),
  /** An existing company; or `company` to find (by KvK number, else exact name) or create one. */
  companyId: z.uuid().nullish(),
  company: ZCompanyInput.nullish(),
  emails: z.array(ZEmailInput).max(20).default([]),
  phones: z.array(ZPhoneInput).max(20).default([]),
  postalAddress: ZPostalAddressInput.nullish(),
};

export const ZCreateContactInput = z.object({
  ...contactFields,
  source: ZSourceInput,
  /** Consents given when the contact was collected, recorded in the same transaction. */
  consents: z.array(ZRecordConsentInput).max(20).default([]),
});
export type TCreateContactInput = z.input<typeof ZCreateContactInput>;
export type TCreateContactParsed = z.output<typeof ZCreateContactInput>;

/**
 * Partial update. `emails` and `phones`, when given, are the complete new set: points already
 * there (same normalised value) keep their id and history, missing ones are removed.
 * `company: null` detaches the contact from its company.
 */
export const ZUpdateContactInput = z.object({
  firstName: reqText(100).optional(),
  lastName: reqText(100).optional(),
  jobTitle: optText(200).optional(),
  notes: optText(5000).optional(),
  /** Absent = unchanged; null = not known. */
  language: z.enum(CONTACT_LANGUAGES, { error: "validation.choose" }).nullish(),
  companyId: z.uuid().nullish(),
  company: ZCompanyInput.nullish(),
  emails: z.array(ZEmailInput).max(20).optional(),
  phones: z.array(ZPhoneInput).max(20).optional(),
  postalAddress: ZPostalAddressInput.nullish(),
  source: ZSourceInput.partial().optional(),
});
export type TUpdateContactInput = z.input<typeof ZUpdateContactInput>;
export type TUpdateContactParsed = z.output<typeof ZUpdateContactInput>;

export const CONTACT_SORTS = ["name_asc", "name_desc", "created_desc", "created_asc"] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];
export const PURPOSE_STATUSES = ["given", "withdrawn", "none"] as const;
export type PurposeStatus = (typeof PURPOSE_STATUSES)[number];

/** What else governs a contact besides consent, each shown as a badge and usable as a filter. */
export const CONTACT_FLAGS = ["customer", "designated", "objection", "restricted"] as const;
export type ContactFlag = (typeof CONTACT_FLAGS)[number];

export const ZFindContactsInput = z.object({
  q: z.string().trim().max(200).optional(),
  source: z.enum(SOURCE_TYPES).optional(),
  companyId: z.uuid().optional(),
  /** With purposeStatus: the status of the latest counting consent event for this purpose. */
  purposeId: z.uuid().optional(),
  purposeStatus: z.enum(PURPOSE_STATUSES).optional(),
  /** Only contacts with a phone consent still awaiting written confirmation (weak evidence). */
  awaitingConfirmation: z.boolean().optional(),
  flag: z.enum(CONTACT_FLAGS).optional(),
  /** Carries this tag. */
  tagId: z.uuid().optional(),
  sort: z.enum(CONTACT_SORTS).default("name_asc"),
  /** Opaque keyset cursor from a previous page. */
  after: z.string().max(500).optional(),
  before: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(25),
});
export type TFindContactsInput = z.input<typeof ZFindContactsInput>;

/** The export takes the list's filters and sort; it always runs from the first row to the last. */
export const ZExportContactsInput = ZFindContactsInput.omit({ after: true, before: true, limit: true });
export type TExportContactsInput = z.input<typeof ZExportContactsInput>;
