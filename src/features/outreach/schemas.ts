import { z } from "zod";
import { CHANNELS, LEGAL_FORMS, SOURCE_TYPES } from "@/domain/vocabulary";

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
