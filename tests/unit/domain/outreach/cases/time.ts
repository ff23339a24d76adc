/** Time travel and corrections of consent records. `at` alone: every fact in effect at `at` as we
 *  know it now; with `knownAt`: only what had been recorded by then (the send gate's view). */
import type { DecisionCase } from "./case";
import {
  DIRECT,
  aContact,
  aGrant,
  aPause,
  aPurpose,
  aRelationship,
  aWithdrawal,
  anInput,
  anObjection,
  d,
  someSettings,
} from "../builders";

const backdated = aGrant({ effectiveAt: d("2026-02-01"), recordedAt: d("2026-03-10") });
const oldCustomer = aContact({
  customerRelationships: [aRelationship({ since: d("2021-01-01"), until: d("2023-01-01") })],
});
const yearConsent = aContact({
  consentEvents: [aGrant({ effectiveAt: d("2025-01-01"), recordedAt: d("2025-01-01") })],
});
// k2 says k1 was recorded under the wrong purpose.
const wrongPurpose = aContact({
  consentEvents: [aGrant(), aGrant({ id: "k2", purposeKey: "events", correctsId: "k1", recordedAt: d("2026-03-05") })],
});

export const TIME_CASES: DecisionCase[] = [
  {
    name: "before the consent was given",
    input: anInput({ at: d("2026-02-01"), contact: aContact({ consentEvents: [aGrant()] }) }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "a consent logged late counts from when it was given, as we know it now",
    input: anInput({ at: d("2026-03-01"), contact: aContact({ consentEvents: [backdated] }) }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "as recorded then, a consent logged late did not exist before it was recorded",
    input: anInput({
      at: d("2026-03-01"),
      knownAt: d("2026-03-01"),
      contact: aContact({ consentEvents: [backdated] }),
    }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "known at a later moment than `at`: a consent recorded by then counts",
    input: anInput({
      at: d("2026-03-01"),
      knownAt: d("2026-03-10"),
      contact: aContact({ consentEvents: [backdated] }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "as recorded then, a pause ended early was still running",
    input: anInput({
      at: d("2026-05-10"),
      knownAt: d("2026-04-20"),
      contact: aContact({ consentEvents: [aGrant()], channelOptOuts: [aPause({ endedAt: d("2026-05-01") })] }),
    }),
    decision: "deny",
    rule: "channel_paused",
    evidence: ["channel_opt_out:p1"],
  },
  {
    name: "as known now, the same pause ended when the person said so",
    input: anInput({
      at: d("2026-05-10"),
      contact: aContact({ consentEvents: [aGrant()], channelOptOuts: [aPause({ endedAt: d("2026-05-01") })] }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "the same backdated consent counts once recorded",
    input: anInput({ contact: aContact({ consentEvents: [backdated] }) }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "before the withdrawal the consent held",
    input: anInput({ at: d("2026-03-15"), contact: aContact({ consentEvents: [aGrant(), aWithdrawal()] }) }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "as recorded then, a withdrawal recorded late was not known yet",
    input: anInput({
      at: d("2026-04-10"),
      knownAt: d("2026-04-10"),
      contact: aContact({ consentEvents: [aGrant(), aWithdrawal({ recordedAt: d("2026-04-20") })] }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "as we know it now, a withdrawal recorded late took effect when it was made",
    input: anInput({
      at: d("2026-04-10"),
      contact: aContact({ consentEvents: [aGrant(), aWithdrawal({ recordedAt: d("2026-04-20") })] }),
    }),
    decision: "deny",
    rule: "withdrawn",
    evidence: ["withdrawal:k2"],
  },
  {
    name: "as recorded then, an objection entered later was not known yet",
    input: anInput({
      at: d("2026-05-02"),
      knownAt: d("2026-05-02"),
      contact: aContact({
        consentEvents: [aGrant()],
        objections: [anObjection({ recordedAt: d("2026-05-03") })],
      }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "as recorded then, a customer relationship entered later was not known yet",
    input: anInput({
      at: d("2026-05-02"),
      knownAt: d("2026-05-02"),
      purpose: aPurpose({ similarProductsOnly: true }),
      contact: aContact({ customerRelationships: [aRelationship({ recordedAt: d("2026-05-20") })] }),
    }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "an objection received after `at` did not exist yet",
    input: anInput({
      at: d("2026-04-01"),
      contact: aContact({ consentEvents: [aGrant()], objections: [anObjection()] }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "customer exception while the relationship ran",
    input: anInput({ at: d("2022-06-01"), purpose: aPurpose({ similarProductsOnly: true }), contact: oldCustomer }),
    decision: "allow",
    rule: "customer_exception",
    evidence: ["customer_relationship:cr1"],
  },
  {
    name: "the same customer exception is over now",
    input: anInput({ purpose: aPurpose({ similarProductsOnly: true }), contact: oldCustomer }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "a consent valid in the past",
    input: anInput({ at: d("2025-06-01"), settings: someSettings({ consentLifetimeDays: 365 }), contact: yearConsent }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "the same consent has expired now",
    input: anInput({ settings: someSettings({ consentLifetimeDays: 365 }), contact: yearConsent }),
    decision: "deny",
    rule: "consent_expired",
    evidence: ["consent:k1", "policy:consent-lifetime"],
  },
  {
    name: "a call before the relationship began",
    input: anInput({
      at: d("2026-04-01"),
      channel: "phone",
      contact: aContact({
        legalForm: "eenmanszaak",
        phones: [DIRECT],
        customerRelationships: [aRelationship({ since: d("2026-05-01") })],
      }),
    }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },

  // Corrections and invalidation
  {
    name: "a consent corrected into another purpose no longer counts",
    input: anInput({ contact: wrongPurpose }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "as we know it now, the corrected consent never counted",
    input: anInput({ at: d("2026-03-03"), contact: wrongPurpose }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "as recorded before the correction, the original counted",
    input: anInput({ at: d("2026-03-03"), knownAt: d("2026-03-03"), contact: wrongPurpose }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "a correction of the date: the correcting event decides",
    input: anInput({
      contact: aContact({
        consentEvents: [
          aGrant(),
          aGrant({ id: "k2", correctsId: "k1", effectiveAt: d("2026-02-01"), recordedAt: d("2026-03-05") }),
        ],
      }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k2"],
  },
  {
    name: "a withdrawal corrected to another channel no longer stops e-mail",
    input: anInput({
      contact: aContact({
        consentEvents: [
          aGrant(),
          aWithdrawal(),
          aWithdrawal({ id: "k3", channels: ["sms"], correctsId: "k2", recordedAt: d("2026-04-02") }),
        ],
      }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "an invalidated withdrawal does not count",
    input: anInput({ contact: aContact({ consentEvents: [aGrant(), aWithdrawal({ invalidated: true })] }) }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "an invalidated grant never counts",
    input: anInput({ contact: aContact({ consentEvents: [aGrant({ invalidated: true })] }) }),
    decision: "deny",
    rule: "no_consent",
    evidence: [],
  },
  {
    name: "an invalidated correction corrects nothing",
    input: anInput({
      contact: aContact({
        consentEvents: [
          aGrant(),
          aGrant({ id: "k2", purposeKey: "events", correctsId: "k1", recordedAt: d("2026-03-05"), invalidated: true }),
        ],
      }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
];
