/**
 * Small builders for outreach engine inputs. Defaults describe a plain B2B prospect at a BV met at
 * an event, with one personal e-mail address and nothing recorded: override only what a case is about.
 */
import type {
  ChannelOptOutFact,
  ConsentEventFact,
  ContactFacts,
  CustomerRelationshipFact,
  LegalBasisFact,
  ObjectionFact,
  OutreachInput,
  OutreachSettings,
  PurposeFacts,
  RestrictionFact,
} from "@/domain/outreach";
import { DEFAULT_OUTREACH_SETTINGS } from "@/domain/outreach";

/** A moment on a date at 10:00 UTC (11:00/12:00 in Amsterdam: same calendar day). */
export const d = (isoDay: string): Date => new Date(`${isoDay}T10:00:00Z`);

/** "Now" for every case unless a case travels in time. */
export const NOW = d("2026-06-01");

export function aContact(over: Partial<ContactFacts> = {}): ContactFacts {
  return {
    id: "c1",
    legalForm: "bv",
    provenance: { sourceType: "event" },
    emails: [{ id: "e-personal", kind: "personal" }],
    phones: [],
    postalAddresses: [],
    consentEvents: [],
    legalBases: [],
    customerRelationships: [],
    objections: [],
    restrictions: [],
    channelOptOuts: [],
    calls: [],
    ...over,
  };
}

export function aPurpose(over: Partial<PurposeFacts> = {}): PurposeFacts {
  return { key: "newsletter", directMarketing: true, channels: ["email", "sms", "phone", "post"], ...over };
}

export function someSettings(over: Partial<OutreachSettings> = {}): OutreachSettings {
  return { ...DEFAULT_OUTREACH_SETTINGS, ...over };
}

export function aGrant(over: Partial<ConsentEventFact> = {}): ConsentEventFact {
  return {
    id: "k1",
    purposeKey: "newsletter",
    channels: ["email"],
    action: "granted",
    effectiveAt: d("2026-03-01"),
    recordedAt: d("2026-03-01"),
    method: "double_opt_in",
    grantor: null,
    ...over,
  };
}

export function aWithdrawal(over: Partial<ConsentEventFact> = {}): ConsentEventFact {
  return aGrant({ id: "k2", action: "withdrawn", effectiveAt: d("2026-04-01"), recordedAt: d("2026-04-01"), ...over });
}

export function aRelationship(over: Partial<CustomerRelationshipFact> = {}): CustomerRelationshipFact {
  return {
    id: "cr1",
    since: d("2025-01-15"),
    until: null,
    products: ["support-plan"],
    optOutOfferedAtCollection: true,
    kind: "ongoing",
    ...over,
  };
}

export function anObjection(over: Partial<ObjectionFact> = {}): ObjectionFact {
  return { id: "o1", scope: "direct_marketing", receivedAt: d("2026-05-01"), withdrawnAt: null, ...over };
}

export function aRestriction(over: Partial<RestrictionFact> = {}): RestrictionFact {
  return { id: "r1", setAt: d("2026-05-10"), liftedAt: null, ...over };
}

/** "No e-mail until ...", asked for on the preference page: running at NOW unless told otherwise. */
export function aPause(over: Partial<ChannelOptOutFact> = {}): ChannelOptOutFact {
  return { id: "p1", channel: "email", at: d("2026-04-15"), until: d("2027-04-15"), ...over };
}

export function anOptOut(over: Partial<ChannelOptOutFact> = {}): ChannelOptOutFact {
  return { id: "u1", channel: "email", at: d("2026-04-15"), ...over };
}

export function aLegalBasis(over: Partial<LegalBasisFact> = {}): LegalBasisFact {
  return {
    id: "lb1",
    purposeKey: "newsletter",
    basis: "legitimate_interest",
    since: d("2026-01-01"),
    until: null,
    ...over,
  };
}

/** A commercial e-mail for "newsletter" to aContact(), now, with default settings. */
export function anInput(over: Partial<OutreachInput> = {}): OutreachInput {
  return {
    contact: aContact(),
    purpose: aPurpose(),
    channel: "email",
    commercial: true,
    at: NOW,
    settings: someSettings(),
    ...over,
  };
}

// Contact points used across cases.
export const PERSONAL_EMAIL = { id: "e-personal", kind: "personal" as const };
export const GENERIC_EMAIL = { id: "e-info", kind: "generic" as const };
export const DESIGNATED_EMAIL = {
  id: "e-sales",
  kind: "designated_commercial" as const,
  designation: { id: "d1", seenAt: d("2026-02-01"), where: "website /contact" },
};
export const MOBILE = { id: "m1", kind: "mobile" as const };
export const DIRECT = { id: "p-direct", kind: "direct" as const };
export const GENERAL = { id: "p-general", kind: "general" as const };
export const ADDRESS = { id: "a1" };
