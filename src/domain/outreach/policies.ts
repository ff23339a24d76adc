/**
 * Ids cited as evidence when a decision rests on an organisation-wide document rather than on a
 * per-contact record (docs/law/outreach-rules.md, rule 7: the postal balancing test needs no per-contact record).
 */
export const POLICY_EVIDENCE = {
  /** Service/informational messages rest on contract or legitimate interest (AVG art. 6 lid 1 sub b/f). */
  nonCommercial: "non-commercial-communication",
  /** The documented balancing test for addressed postal direct marketing (recital 47). */
  postalBalancingTest: "postal-balancing-test",
  /** The organisation's consent lifetime setting, cited when a consent has expired. */
  consentLifetime: "consent-lifetime",
  /** The organisation's first-call window for phone consent (telemarketing code), cited when a
   *  phone consent lapsed unused. */
  phoneFirstCall: "phone-first-call-window",
  /** The first-call period the purpose's consent text states, cited instead when it applied. */
  purposeFirstCall: "purpose-first-call-period",
  /** Calling a legal entity's general number and asking for a role reaches no named person. */
  switchboard: "legal-entity-switchboard",
  /** The organisation's choice to use unconfirmed phone consent only after written confirmation. */
  weakConsent: "weak-consent-policy",
} as const;
