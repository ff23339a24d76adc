/**
 * The product's shared vocabulary: every enumeration the domain, the database, the UI and the
 * REST API agree on. Values are the API's wire values, so the same string travels from
 * a request body through the rules engine into the database without translation.
 */

/** Legal forms. Natural persons (incl. eenmanszaak, vof, maatschap) get stricter telemarketing
 *  rules than legal entities (Tw art. 11.7; Dutch telemarketing code). */
export const LEGAL_FORMS = [
  "bv",
  "nv",
  "stichting",
  "vereniging",
  "cooperatie",
  "eenmanszaak",
  "vof",
  "maatschap",
  "other",
  "none",
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** Legal forms where the business is (or is carried on by) natural persons. "none" = private person. */
export const NATURAL_PERSON_FORMS: readonly LegalForm[] = ["eenmanszaak", "vof", "maatschap", "none"];

/** The organisation's own sector. Since 1 July 2026 only charities, lotteries that fund charities
 *  and publishers of newspapers, weeklies and magazines may still call natural persons on a
 *  customer relationship alone (Tw art. 11.7 as amended; telemarketing code). */
export const ORGANISATION_SECTORS = ["other", "charity", "charity_lottery", "press_publisher"] as const;
export type OrganisationSector = (typeof ORGANISATION_SECTORS)[number];

/** Sectors that keep the customer relationship as a basis for calls after 1 July 2026. */
export const CUSTOMER_CALL_EXEMPT_SECTORS: readonly OrganisationSector[] = [
  "charity",
  "charity_lottery",
  "press_publisher",
];

export const CHANNELS = ["email", "sms", "phone", "post"] as const;
export type Channel = (typeof CHANNELS)[number];

export const SOURCE_TYPES = [
  "business_card",
  "event",
  "web_form",
  "public_source",
  "purchased_list",
  "referral",
  "customer",
  "manual",
  "import",
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const EMAIL_KINDS = ["personal", "generic", "designated_commercial"] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export const PHONE_KINDS = ["general", "direct", "mobile"] as const;
export type PhoneKind = (typeof PHONE_KINDS)[number];

export const CONSENT_METHODS = [
  "web_form",
  "double_opt_in",
  "verbal_in_person",
  "verbal_phone",
  "business_card",
  "email_reply",
  "paper_form",
  // The person switched a purpose on again on their own preference page (a signed link).
  "preference_centre",
] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** How a consent RECORD came about: the grant methods above, plus the ways a withdrawal arrives. */
export const CONSENT_RECORD_METHODS = [
  ...CONSENT_METHODS,
  "unsubscribe_link",
  "staff_recorded",
  // A spam complaint relayed by the person's mailbox provider (feedback report, RFC 5965).
  "spam_complaint",
] as const;
export type ConsentRecordMethod = (typeof CONSENT_RECORD_METHODS)[number];

/** Offline methods: evidence must say where it happened and what was said (AVG art. 7 lid 1; docs/law/consent.md). */
export const OFFLINE_METHODS: readonly ConsentMethod[] = [
  "verbal_in_person",
  "verbal_phone",
  "business_card",
  "paper_form",
];
/** Web methods: evidence records IP and user agent. */
export const WEB_METHODS: readonly ConsentMethod[] = ["web_form", "double_opt_in", "preference_centre"];

export const CONSENT_ACTIONS = ["granted", "withdrawn"] as const;
export type ConsentAction = (typeof CONSENT_ACTIONS)[number];

/** AVG art. 6(1) bases the product records per contact and purpose. */
export const LEGAL_BASES = ["consent", "contract", "legal_obligation", "legitimate_interest"] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const OBJECTION_SCOPES = ["direct_marketing", "profiling"] as const;
export type ObjectionScope = (typeof OBJECTION_SCOPES)[number];

export const REQUEST_TYPES = ["access", "portability", "erasure", "rectification", "restriction", "objection"] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const ROLES = ["admin", "privacy_officer", "marketer", "sales"] as const;
export type Role = (typeof ROLES)[number];

/** Languages a contact can be written to in (messages carry both when it is not known). */
export const CONTACT_LANGUAGES = ["nl", "en"] as const;
export type ContactLanguage = (typeof CONTACT_LANGUAGES)[number];

/** Information given to a person about their data. "art14": data not obtained from the person
 *  (AVG art. 14; docs/law/information-duty.md). */
export const NOTICE_KINDS = ["art14"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Who or what recorded that a notice was given. */
export const NOTICE_RECORDED_VIA = ["user", "api_key", "campaign", "call_list", "mailing_export"] as const;
export type NoticeRecordedVia = (typeof NOTICE_RECORDED_VIA)[number];
