/** Rule 6 — telephone (Tw art. 11.7, telemarketing code) and rule 7 — addressed post (recital 47). */
import type { LegalForm } from "@/domain/vocabulary";
import type { DecisionCase } from "./case";
import {
  ADDRESS,
  DIRECT,
  GENERAL,
  MOBILE,
  aContact,
  aGrant,
  aLegalBasis,
  aRelationship,
  anInput,
  d,
  someSettings,
} from "../builders";
import type { ContactFacts, OutreachSettings } from "@/domain/outreach";

const phoneGrant = aGrant({ channels: ["phone"] });
const call = (legalForm: LegalForm, over: Partial<ContactFacts> = {}, settings: Partial<OutreachSettings> = {}) =>
  anInput({ channel: "phone", settings: someSettings(settings), contact: aContact({ legalForm, ...over }) });
const mail = (over: Partial<ContactFacts> = {}, settings: Partial<OutreachSettings> = {}) =>
  anInput({
    channel: "post",
    settings: someSettings(settings),
    contact: aContact({ postalAddresses: [ADDRESS], ...over }),
  });
const noBlanketTest = { postalLegitimateInterest: false };

export const PHONE_POST_CASES: DecisionCase[] = [
  // Natural persons: opt-in, existing or former customer
  {
    name: "private person with phone consent",
    input: call("none", { phones: [MOBILE], consentEvents: [phoneGrant] }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
    point: "m1",
  },
  {
    name: "web-form consent ticking e-mail and phone at once does not count for a call",
    input: call("none", { phones: [MOBILE], consentEvents: [aGrant({ channels: ["email", "phone"] })] }),
    decision: "deny",
    rule: "phone_consent_bundled",
    evidence: ["consent:k1"],
  },
  {
    name: "double opt-in for every channel of the purpose does not count for a call",
    input: call("eenmanszaak", { phones: [MOBILE], consentEvents: [aGrant({ channels: [] })] }),
    decision: "deny",
    rule: "phone_consent_bundled",
    evidence: ["consent:k1"],
  },
  {
    name: "verbal phone opt-in listing phone and e-mail counts for a call",
    input: call("none", {
      phones: [MOBILE],
      consentEvents: [aGrant({ channels: ["email", "phone"], method: "verbal_phone" })],
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "a free trial is no sale: no call on the relationship",
    input: call("vof", { phones: [DIRECT], customerRelationships: [aRelationship({ paid: false })] }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "eenmanszaak without consent",
    input: call("eenmanszaak", { phones: [DIRECT] }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "e-mail consent does not cover a call",
    input: call("none", { phones: [DIRECT], consentEvents: [aGrant()] }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "vof that is an existing customer, after 1 July 2026",
    input: { ...call("vof", { phones: [DIRECT], customerRelationships: [aRelationship()] }), at: d("2026-07-01") },
    decision: "deny",
    rule: "customer_call_needs_consent",
    evidence: ["customer_relationship:cr1"],
  },
  {
    name: "vof that is an existing customer",
    input: call("vof", { phones: [DIRECT], customerRelationships: [aRelationship()] }),
    decision: "allow",
    rule: "existing_customer",
    evidence: ["customer_relationship:cr1"],
    point: "p-direct",
  },
  {
    name: "maatschap that stopped being a customer 24 months ago",
    input: call("maatschap", {
      phones: [DIRECT],
      customerRelationships: [aRelationship({ since: d("2020-01-01"), until: d("2024-06-01") })],
    }),
    decision: "allow",
    rule: "former_customer",
    evidence: ["customer_relationship:cr1"],
  },
  {
    name: "former customer 40 months after the end",
    input: call("none", {
      phones: [MOBILE],
      customerRelationships: [aRelationship({ since: d("2020-01-01"), until: d("2023-02-01") })],
    }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "former customer 40 months after the end, 48-month window",
    input: call(
      "none",
      { phones: [MOBILE], customerRelationships: [aRelationship({ since: d("2020-01-01"), until: d("2023-02-01") })] },
      { formerCustomerCallMonths: 48 },
    ),
    decision: "allow",
    rule: "former_customer",
    evidence: ["customer_relationship:cr1"],
  },
  {
    name: "a one-time buyer is a former customer for calls",
    input: call("eenmanszaak", { phones: [DIRECT], customerRelationships: [aRelationship({ kind: "one_time" })] }),
    decision: "allow",
    rule: "former_customer",
    evidence: ["customer_relationship:cr1"],
  },
  {
    name: "natural person: the general number is no way around opt-in",
    input: call("eenmanszaak", { phones: [GENERAL] }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "natural person: expired phone consent but existing customer",
    input: call(
      "none",
      { phones: [MOBILE], consentEvents: [phoneGrant], customerRelationships: [aRelationship()] },
      { consentLifetimeDays: 30 },
    ),
    decision: "allow",
    rule: "existing_customer",
    evidence: ["customer_relationship:cr1"],
  },
  {
    name: "natural person: expired phone consent, no relationship",
    input: call("none", { phones: [MOBILE], consentEvents: [phoneGrant] }, { consentLifetimeDays: 30 }),
    decision: "deny",
    rule: "consent_expired",
    evidence: ["consent:k1", "policy:consent-lifetime"],
  },

  // Legal entities: switchboard for a role, direct lines need a basis of their own
  {
    name: "BV general number: ask for a role",
    input: call("bv", { phones: [GENERAL] }),
    decision: "allow",
    rule: "switchboard_role",
    evidence: ["policy:legal-entity-switchboard"],
    point: "p-general",
  },
  {
    name: "legal form 'other' is treated as a legal entity",
    input: call("other", { phones: [GENERAL] }),
    decision: "allow",
    rule: "switchboard_role",
    evidence: ["policy:legal-entity-switchboard"],
  },
  {
    name: "BV direct number without any basis",
    input: call("bv", { phones: [DIRECT] }),
    decision: "deny",
    rule: "no_basis_direct_line",
    evidence: [],
  },
  {
    name: "BV direct and general, no basis: the engine picks the switchboard",
    input: call("bv", { phones: [DIRECT, GENERAL] }),
    decision: "allow",
    rule: "switchboard_role",
    evidence: ["policy:legal-entity-switchboard"],
    point: "p-general",
  },
  {
    name: "BV direct number requested, no basis",
    input: { ...call("bv", { phones: [DIRECT, GENERAL] }), contactPointId: "p-direct" },
    decision: "deny",
    rule: "no_basis_direct_line",
    evidence: [],
    point: "p-direct",
  },
  {
    name: "BV mobile of a person who consented",
    input: call("bv", { phones: [MOBILE], consentEvents: [phoneGrant] }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
    point: "m1",
  },
  {
    name: "BV direct line of an existing customer",
    input: call("bv", { phones: [DIRECT], customerRelationships: [aRelationship()] }),
    decision: "allow",
    rule: "direct_line_legitimate_interest",
    evidence: ["customer_relationship:cr1"],
    point: "p-direct",
  },
  {
    name: "cooperatie customer: the engine prefers the direct line",
    input: call("cooperatie", { phones: [GENERAL, DIRECT], customerRelationships: [aRelationship()] }),
    decision: "allow",
    rule: "direct_line_legitimate_interest",
    evidence: ["customer_relationship:cr1"],
    point: "p-direct",
  },
  {
    name: "BV direct line with a recorded legitimate interest",
    input: call("bv", { phones: [DIRECT], legalBases: [aLegalBasis()] }),
    decision: "allow",
    rule: "direct_line_legitimate_interest",
    evidence: ["legal_basis:lb1"],
  },
  {
    name: "BV direct line: legitimate interest recorded for another purpose",
    input: call("bv", { phones: [DIRECT], legalBases: [aLegalBasis({ purposeKey: "events" })] }),
    decision: "deny",
    rule: "no_basis_direct_line",
    evidence: [],
  },
  {
    name: "BV direct line of a former customer",
    input: call("bv", { phones: [DIRECT], customerRelationships: [aRelationship({ until: d("2025-12-01") })] }),
    decision: "deny",
    rule: "no_basis_direct_line",
    evidence: [],
  },
  {
    name: "BV direct line, expired consent",
    input: call("nv", { phones: [DIRECT], consentEvents: [phoneGrant] }, { consentLifetimeDays: 30 }),
    decision: "deny",
    rule: "consent_expired",
    evidence: ["consent:k1", "policy:consent-lifetime"],
  },
  {
    name: "stichting without phone numbers",
    input: call("stichting"),
    decision: "deny",
    rule: "no_contact_point",
    evidence: [],
  },

  // Addressed post
  {
    name: "addressed post on the organisation's balancing test",
    input: mail(),
    decision: "allow",
    rule: "postal_legitimate_interest",
    evidence: ["policy:postal-balancing-test"],
    point: "a1",
  },
  {
    name: "post to a private person needs no consent",
    input: mail({ legalForm: "none" }),
    decision: "allow",
    rule: "postal_legitimate_interest",
    evidence: ["policy:postal-balancing-test"],
  },
  {
    name: "post to a purchased-list contact rests on legitimate interest, not consent",
    input: mail({ provenance: { sourceType: "purchased_list" } }),
    decision: "allow",
    rule: "postal_legitimate_interest",
    evidence: ["policy:postal-balancing-test"],
  },
  {
    name: "post without an address",
    input: mail({ postalAddresses: [] }),
    decision: "deny",
    rule: "no_contact_point",
    evidence: [],
  },
  {
    name: "balancing test off, no consent",
    input: mail({}, noBlanketTest),
    decision: "deny",
    rule: "postal_no_basis",
    evidence: [],
  },
  {
    name: "balancing test off, consent for post",
    input: mail({ consentEvents: [aGrant({ channels: ["post"] })] }, noBlanketTest),
    decision: "allow",
    rule: "postal_consent",
    evidence: ["consent:k1"],
    point: "a1",
  },
  {
    name: "balancing test off, legitimate interest recorded for this contact",
    input: mail({ legalBases: [aLegalBasis()] }, noBlanketTest),
    decision: "allow",
    rule: "postal_legitimate_interest",
    evidence: ["legal_basis:lb1"],
  },
  {
    name: "balancing test off, expired post consent",
    input: mail({ consentEvents: [aGrant({ channels: ["post"] })] }, { ...noBlanketTest, consentLifetimeDays: 30 }),
    decision: "deny",
    rule: "postal_no_basis",
    evidence: ["consent:k1"],
  },
  {
    name: "balancing test off, e-mail consent does not cover post",
    input: mail({ consentEvents: [aGrant()] }, noBlanketTest),
    decision: "deny",
    rule: "postal_no_basis",
    evidence: [],
  },
];
