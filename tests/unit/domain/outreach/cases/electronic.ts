/** Rule 5 — commercial e-mail and SMS (Tw art. 11.7), contact points, purchased lists. */
import type { DecisionCase } from "./case";
import {
  DESIGNATED_EMAIL,
  DIRECT,
  GENERIC_EMAIL,
  MOBILE,
  PERSONAL_EMAIL,
  aContact,
  aGrant,
  aPurpose,
  aRelationship,
  aWithdrawal,
  anInput,
  d,
  someSettings,
} from "../builders";

const similar = aPurpose({ similarProductsOnly: true });
const customer = (over: Parameters<typeof aRelationship>[0] = {}) =>
  anInput({ purpose: similar, contact: aContact({ customerRelationships: [aRelationship(over)] }) });
const listContact = { sourceType: "purchased_list" as const };

export const ELECTRONIC_CASES: DecisionCase[] = [
  {
    name: "a free trial or download is no sale: no customer exception for e-mail",
    input: anInput({
      purpose: aPurpose({ similarProductsOnly: true }),
      contact: aContact({ customerRelationships: [aRelationship({ paid: false })] }),
    }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "a bundled web consent still counts for e-mail",
    input: anInput({ contact: aContact({ consentEvents: [aGrant({ channels: ["email", "phone"] })] }) }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  // Consent (Tw art. 11.7 lid 1)
  {
    name: "consent for this purpose by e-mail",
    input: anInput({ contact: aContact({ consentEvents: [aGrant()] }) }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
    point: "e-personal",
  },
  {
    name: "consent given by a representative counts",
    input: anInput({
      contact: aContact({
        consentEvents: [
          aGrant({
            method: "verbal_phone",
            grantor: {
              name: "Petra de Vries",
              role: "office manager",
              authority: "handles the director's subscriptions, said so herself",
            },
          }),
        ],
      }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "consent for all channels of the purpose covers e-mail",
    input: anInput({ contact: aContact({ consentEvents: [aGrant({ channels: [] })] }) }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "consent for another purpose does not count",
    input: anInput({ contact: aContact({ consentEvents: [aGrant({ purposeKey: "events" })] }) }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "consent for SMS only does not cover e-mail",
    input: anInput({ contact: aContact({ consentEvents: [aGrant({ channels: ["sms"] })] }) }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "consent older than the configured lifetime has expired",
    input: anInput({
      settings: someSettings({ consentLifetimeDays: 365 }),
      contact: aContact({ consentEvents: [aGrant({ effectiveAt: d("2025-03-01"), recordedAt: d("2025-03-01") })] }),
    }),
    decision: "deny",
    rule: "consent_expired",
    evidence: ["consent:k1", "policy:consent-lifetime"],
  },
  {
    name: "unconfirmed phone consent when the organisation waits for written confirmation",
    input: anInput({
      settings: someSettings({ weakConsentUsable: false }),
      contact: aContact({
        consentEvents: [aGrant({ method: "verbal_phone", evidence: { hasAttachment: false, confirmedAt: null } })],
      }),
    }),
    decision: "deny",
    rule: "consent_unconfirmed",
    evidence: ["consent:k1", "policy:weak-consent-policy"],
  },
  {
    name: "consent within its lifetime",
    input: anInput({
      settings: someSettings({ consentLifetimeDays: 365 }),
      contact: aContact({ consentEvents: [aGrant()] }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "expired consent, but the customer exception applies",
    input: anInput({
      purpose: similar,
      settings: someSettings({ consentLifetimeDays: 30 }),
      contact: aContact({ customerRelationships: [aRelationship()], consentEvents: [aGrant()] }),
    }),
    decision: "allow",
    rule: "customer_exception",
    evidence: ["customer_relationship:cr1"],
  },
  {
    name: "a personal business address without consent",
    input: anInput(),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },

  // Customer exception (Tw art. 11.7 lid 3), condition by condition
  {
    name: "CE: running relationship, similar products, opt-out offered",
    input: customer(),
    decision: "allow",
    rule: "customer_exception",
    evidence: ["customer_relationship:cr1"],
    point: "e-personal",
  },
  {
    name: "CE fails: purpose is not about own similar products",
    input: anInput({ contact: aContact({ customerRelationships: [aRelationship()] }) }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "CE fails: no opt-out offered when the address was collected",
    input: customer({ optOutOfferedAtCollection: false }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "CE holds 12 months after the end (window 24)",
    input: customer({ until: d("2025-06-01") }),
    decision: "allow",
    rule: "customer_exception",
    evidence: ["customer_relationship:cr1"],
  },
  {
    name: "CE fails 30 months after the end (window 24)",
    input: customer({ since: d("2020-01-01"), until: d("2023-12-01") }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "CE holds 30 months after the end with a 36-month window",
    input: {
      ...customer({ since: d("2020-01-01"), until: d("2023-12-01") }),
      settings: someSettings({ customerExceptionMonthsAfterEnd: 36 }),
    },
    decision: "allow",
    rule: "customer_exception",
    evidence: ["customer_relationship:cr1"],
  },
  {
    name: "CE: one-time buyer 18 months after the sale (default window)",
    input: customer({ kind: "one_time", since: d("2024-12-01") }),
    decision: "allow",
    rule: "customer_exception",
    evidence: ["customer_relationship:cr1"],
  },
  {
    name: "CE fails: one-time buyer with a 12-month window",
    input: {
      ...customer({ kind: "one_time", since: d("2024-12-01") }),
      settings: someSettings({ oneTimeBuyerExceptionMonths: 12 }),
    },
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "CE: one-time buyer 36 months ago with a 48-month window",
    input: {
      ...customer({ kind: "one_time", since: d("2023-06-01") }),
      settings: someSettings({ oneTimeBuyerExceptionMonths: 48 }),
    },
    decision: "allow",
    rule: "customer_exception",
    evidence: ["customer_relationship:cr1"],
  },
  {
    name: "CE fails: one-time buyer 36 months ago, default window",
    input: customer({ kind: "one_time", since: d("2023-06-01") }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "CE fails: relationship not started yet at `at`",
    input: customer({ since: d("2026-07-01") }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "CE: SMS to a customer's mobile",
    input: anInput({
      channel: "sms",
      purpose: similar,
      contact: aContact({ phones: [MOBILE], customerRelationships: [aRelationship()] }),
    }),
    decision: "allow",
    rule: "customer_exception",
    evidence: ["customer_relationship:cr1"],
    point: "m1",
  },
  {
    name: "CE prefers the running relationship over an ended one",
    input: anInput({
      purpose: similar,
      contact: aContact({
        customerRelationships: [aRelationship({ id: "cr0", until: d("2025-06-01") }), aRelationship()],
      }),
    }),
    decision: "allow",
    rule: "customer_exception",
    evidence: ["customer_relationship:cr1"],
  },

  // Designated addresses of legal entities (Tw art. 11.7 lid 1)
  {
    name: "designated address of a BV",
    input: anInput({ contact: aContact({ emails: [GENERIC_EMAIL, DESIGNATED_EMAIL] }) }),
    decision: "allow",
    rule: "designated_address",
    evidence: ["designation:d1"],
    point: "e-sales",
  },
  {
    name: "designated address of a stichting",
    input: anInput({ contact: aContact({ legalForm: "stichting", emails: [DESIGNATED_EMAIL] }) }),
    decision: "allow",
    rule: "designated_address",
    evidence: ["designation:d1"],
  },
  {
    name: "designation does not count for an eenmanszaak",
    input: anInput({ contact: aContact({ legalForm: "eenmanszaak", emails: [DESIGNATED_EMAIL] }) }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "designation does not count for a vof",
    input: anInput({ contact: aContact({ legalForm: "vof", emails: [DESIGNATED_EMAIL] }) }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "designation does not count for a private person",
    input: anInput({ contact: aContact({ legalForm: "none", emails: [DESIGNATED_EMAIL] }) }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "address marked designated without a recorded designation",
    input: anInput({
      contact: aContact({ emails: [{ id: "e-sales", kind: "designated_commercial", designation: null }] }),
    }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "designation first seen after `at`",
    input: anInput({
      contact: aContact({
        emails: [{ ...DESIGNATED_EMAIL, designation: { id: "d1", seenAt: d("2026-07-01"), where: "website" } }],
      }),
    }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "a designation without its own id cites the address",
    input: anInput({
      contact: aContact({
        emails: [
          {
            id: "e-sales",
            kind: "designated_commercial",
            designation: { where: "trade fair stand", seenAt: d("2026-02-01") },
          },
        ],
      }),
    }),
    decision: "allow",
    rule: "designated_address",
    evidence: ["designation:e-sales"],
  },
  {
    name: "a generic info@ address is not designated",
    input: anInput({ contact: aContact({ emails: [GENERIC_EMAIL] }) }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "requested generic address while another one is designated",
    input: anInput({ contactPointId: "e-info", contact: aContact({ emails: [GENERIC_EMAIL, DESIGNATED_EMAIL] }) }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
    point: "e-info",
  },
  {
    name: "designated addresses do not exist for SMS",
    input: anInput({ channel: "sms", contact: aContact({ phones: [MOBILE], emails: [DESIGNATED_EMAIL] }) }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },

  // Contact points
  {
    name: "with consent the engine picks the personal address over the generic one",
    input: anInput({ contact: aContact({ emails: [GENERIC_EMAIL, PERSONAL_EMAIL], consentEvents: [aGrant()] }) }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
    point: "e-personal",
  },
  {
    name: "with consent a requested generic address may be used",
    input: anInput({
      contactPointId: "e-info",
      contact: aContact({ emails: [GENERIC_EMAIL, PERSONAL_EMAIL], consentEvents: [aGrant()] }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
    point: "e-info",
  },
  {
    name: "SMS with consent goes to the mobile number",
    input: anInput({
      channel: "sms",
      contact: aContact({ phones: [DIRECT, MOBILE], consentEvents: [aGrant({ channels: ["sms"] })] }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
    point: "m1",
  },
  {
    name: "SMS needs a mobile number",
    input: anInput({
      channel: "sms",
      contact: aContact({ phones: [DIRECT], consentEvents: [aGrant({ channels: ["sms"] })] }),
    }),
    decision: "deny",
    rule: "no_contact_point",
    evidence: [],
  },
  {
    name: "SMS requested to a landline",
    input: anInput({
      channel: "sms",
      contactPointId: "p-direct",
      contact: aContact({ phones: [DIRECT, MOBILE], consentEvents: [aGrant({ channels: ["sms"] })] }),
    }),
    decision: "deny",
    rule: "no_contact_point",
    evidence: [],
    point: "p-direct",
  },
  // A hard bounce (5xx) flags the address: the accuracy principle (AVG art. 5 lid 1 sub d)
  {
    name: "e-mail to an address that bounced hard",
    input: anInput({
      contact: aContact({ emails: [{ ...PERSONAL_EMAIL, undeliverable: true }], consentEvents: [aGrant()] }),
    }),
    decision: "deny",
    rule: "address_undeliverable",
    evidence: [],
  },
  {
    name: "a bounced address is passed over for one that still works",
    input: anInput({
      contact: aContact({
        emails: [{ ...PERSONAL_EMAIL, undeliverable: true }, GENERIC_EMAIL],
        consentEvents: [aGrant()],
      }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
    point: "e-info",
  },
  {
    name: "a non-commercial message to an address that bounced hard",
    input: anInput({
      commercial: false,
      contact: aContact({ emails: [{ ...PERSONAL_EMAIL, undeliverable: true }] }),
    }),
    decision: "deny",
    rule: "address_undeliverable",
    evidence: [],
  },
  {
    name: "e-mail to a contact without any address",
    input: anInput({ contact: aContact({ emails: [], consentEvents: [aGrant()] }) }),
    decision: "deny",
    rule: "no_contact_point",
    evidence: [],
  },
  {
    name: "requested address is not one of the contact's",
    input: anInput({ contactPointId: "e-other", contact: aContact({ consentEvents: [aGrant()] }) }),
    decision: "deny",
    rule: "no_contact_point",
    evidence: [],
    point: "e-other",
  },

  // Purchased lists carry no consent for us (AVG art. 4 lid 11, art. 7 lid 1)
  {
    name: "purchased-list contact: the consent that came with the list is void",
    input: anInput({
      contact: aContact({ provenance: listContact, consentEvents: [aGrant({ importedFromList: true })] }),
    }),
    decision: "deny",
    rule: "purchased_list",
    evidence: ["consent:k1"],
  },
  {
    name: "purchased-list contact: a later double opt-in of ours counts",
    input: anInput({
      contact: aContact({
        provenance: listContact,
        consentEvents: [
          aGrant({ importedFromList: true }),
          aGrant({ id: "k2", effectiveAt: d("2026-05-01"), recordedAt: d("2026-05-01") }),
        ],
      }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k2"],
  },
  {
    name: "purchased-list contact: a verbal opt-in at our stand counts",
    input: anInput({
      contact: aContact({ provenance: listContact, consentEvents: [aGrant({ method: "verbal_in_person" })] }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "purchased-list contact: an imported consent for another channel is not reported",
    input: anInput({
      contact: aContact({
        provenance: listContact,
        consentEvents: [aGrant({ importedFromList: true, channels: ["sms"] })],
      }),
    }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "an imported consent on a contact from our own web forms counts",
    input: anInput({
      contact: aContact({ provenance: { sourceType: "import" }, consentEvents: [aGrant({ importedFromList: true })] }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "purchased-list contact: a withdrawal from the list is honoured",
    input: anInput({
      contact: aContact({
        provenance: listContact,
        consentEvents: [aGrant(), aWithdrawal({ importedFromList: true })],
      }),
    }),
    decision: "deny",
    rule: "withdrawn",
    evidence: ["withdrawal:k2"],
  },
  {
    name: "purchased-list contact: a designated address of the BV still counts",
    input: anInput({
      contact: aContact({
        provenance: listContact,
        emails: [DESIGNATED_EMAIL],
        consentEvents: [aGrant({ importedFromList: true })],
      }),
    }),
    decision: "allow",
    rule: "designated_address",
    evidence: ["designation:d1"],
  },
];
