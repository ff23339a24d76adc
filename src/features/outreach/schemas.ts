import { z } from "zod";
import { CHANNELS, LEGAL_FORMS, SOURCE_TYPES } from "@/domain/vocabulary";

export const CUSTOMER_STATES = ["customer", "former_customer"] as const;
export const CONSENT_FILTER_STATES = ["granted", "withdrawn", "none"] as const;

/**
 * Filters over contacts that build an audience (campaigns, call lists, postal mailings). They only
 * narrow WHO is considered; whether a contact may be reached is always the engine's decision.
 */
export const ZAudienceFilter = z.object({
  sourceTypes: z.array(z.enum(SOURCE_TYPES)).max(SOURCE_TYPES.length).optional(),
  legalForms: z.array(z.enum(LEGAL_FORMS)).max(LEGAL_FORMS.length).optional(),
  companyId: z.uuid().optional(),
  /** Case-insensitive part of the company name. */
  companyName: z.string().trim().max(200).optional(),
  /** Has at least one recorded grant for the purpose (the engine still checks it is in force). */
  hasConsentForPurpose: z.boolean().optional(),
  createdAfter: z.coerce.date().optional(),
  /** Prefix of "first last company", lower case (Contact.searchName). */
  search: z.string().trim().max(200).optional(),
  /** Case-insensitive part of the job title. */
  jobTitle: z.string().trim().max(200).optional(),
  /** "customer": a paid relationship running now; "former_customer": had one, none runs now. */
  customerState: z.enum(CUSTOMER_STATES).optional(),
  /**
   * The latest consent record for this purpose (any channel) says granted / withdrawn, or there is
   * none. Narrows only: the engine still decides whether a grant is in force for the channel.
   */
  consentPurposeId: z.uuid().optional(),
  consentState: z.enum(CONSENT_FILTER_STATES).optional(),
  /** Created by this import batch. */
  importBatchId: z.uuid().optional(),
  /** Edited, given or withdrew consent, or was called after this moment (see audienceWhere). */
  activeAfter: z.coerce.date().optional(),
  /** Carries at least one of these tags. A tag narrows who is considered, nothing more. */
  tagIds: z.array(z.uuid()).max(50).optional(),
});
export type TAudienceFilter = z.infer<typeof ZAudienceFilter>;

export const ZDecideForContactInput = z.object({
  contactId: z.uuid(),
  purposeKey: z.string().min(1).max(100),
  channel: z.enum(CHANNELS),
  commercial: z.boolean(),
  contactPointId: z.uuid().optional(),
  /** An address or number of the contact; resolved to its contact point. */
  address: z.string().max(320).optional(),
  at: z.coerce.date().optional(),
  /** Count only records entered by then (replaying what the send gate saw); absent = as known now. */
  knownAt: z.coerce.date().optional(),
});
export type TDecideForContactInput = z.infer<typeof ZDecideForContactInput>;
