import type { Channel, LegalBasis } from "@/domain/vocabulary";

/**
 * W3C Data Privacy Vocabulary (DPV) terms used in exports, so that another controller's tools
 * can read what we write without a mapping table of ours. Namespaces are the current w3id.org
 * ones (not the retired w3.org/ns/dpv#).
 */
export const DPV_NAMESPACES = {
  dpv: "https://w3id.org/dpv#",
  "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
  pd: "https://w3id.org/dpv/pd#",
} as const;

export type DpvPrefix = keyof typeof DPV_NAMESPACES;

export interface LegalBasisTerms {
  /** Jurisdiction-neutral DPV concept. */
  dpv: string;
  /** The GDPR article it rests on, as an EU-GDPR extension concept (A6-1-a = art. 6(1)(a)). */
  gdpr: string;
}

/** AVG art. 6 lid 1 bases the product records, as DPV terms. */
export const LEGAL_BASIS_TERMS: Record<LegalBasis, LegalBasisTerms> = {
  consent: { dpv: "dpv:Consent", gdpr: "eu-gdpr:A6-1-a" },
  contract: { dpv: "dpv:Contract", gdpr: "eu-gdpr:A6-1-b" },
  legal_obligation: { dpv: "dpv:LegalObligation", gdpr: "eu-gdpr:A6-1-c" },
  legitimate_interest: { dpv: "dpv:LegitimateInterest", gdpr: "eu-gdpr:A6-1-f" },
};

export const CONSENT_STATUSES = ["given", "withdrawn", "expired", "invalidated", "refused"] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** DPV consent states (dpv:ConsentStatus): given, withdrawn by the person, lapsed, made invalid
 *  (e.g. evidence found wanting), or refused when asked. */
export const CONSENT_STATUS_TERMS: Record<ConsentStatus, string> = {
  given: "dpv:ConsentGiven",
  withdrawn: "dpv:ConsentWithdrawn",
  expired: "dpv:ConsentExpired",
  invalidated: "dpv:ConsentInvalidated",
  refused: "dpv:ConsentRefused",
};

/**
 * Every consent the product records is given by an affirmative act (validateConsentGrant refuses
 * anything else), which DPV calls expressed consent. Not dpv:ExplicitlyExpressedConsent: that is
 * the stricter AVG art. 9 lid 2 sub a notion for special categories, which we do not process.
 */
export const CONSENT_TYPE_TERM = "dpv:ExpressedConsent";

export const DATA_CONTROLLER_TERM = "dpv:DataController";

/** Personal-data categories (DPV-PD) a channel uses: a consent for "sms" processes a phone number. */
export const CHANNEL_PERSONAL_DATA: Record<Channel, string> = {
  email: "pd:EmailAddress",
  sms: "pd:TelephoneNumber",
  phone: "pd:TelephoneNumber",
  post: "pd:PhysicalAddress",
};

/** The distinct DPV-PD categories the given channels use, in channel order. */
export function personalDataForChannels(channels: readonly Channel[]): string[] {
  return [...new Set(channels.map((channel) => CHANNEL_PERSONAL_DATA[channel]))];
}

/** Expands a compact term ("dpv:Consent") to its IRI; returns other strings unchanged. */
export function expandDpvTerm(term: string): string {
  const colon = term.indexOf(":");
  if (colon <= 0) return term;
  const prefix = term.slice(0, colon);
  return prefix in DPV_NAMESPACES ? DPV_NAMESPACES[prefix as DpvPrefix] + term.slice(colon + 1) : term;
}
