/** Rules 1-4 and 8, purpose checks and the non-commercial route: precedence over channel rules. */
import type { DecisionCase } from "./case";
import {
  aPause,
  ADDRESS,
  DESIGNATED_EMAIL,
  DIRECT,
  GENERAL,
  GENERIC_EMAIL,
  MOBILE,
  aContact,
  aGrant,
  aLegalBasis,
  aPurpose,
  aRelationship,
  aRestriction,
  aWithdrawal,
  anInput,
  anObjection,
  anOptOut,
  d,
  someSettings,
} from "../builders";

const consent = [aGrant()];
const service = aPurpose({ key: "service", directMarketing: false, channels: ["email"] });
const profilingObjection = anObjection({ id: "o2", scope: "profiling", receivedAt: d("2026-04-20") });
const publicFor = (key: string | null) => ({ sourceType: "public_source" as const, publishedForPurposeKey: key });

export const GATE_CASES: DecisionCase[] = [
  // Rule 1 — erasure and suppression (AVG art. 17)
  {
    name: "erased contact is denied even with consent",
    input: anInput({ contact: aContact({ erased: true, consentEvents: consent }) }),
    decision: "deny",
    rule: "erased",
    evidence: ["suppression:c1"],
  },
  {
    name: "erased contact gets no non-commercial message either",
    input: anInput({ contact: aContact({ erased: true, suppressionId: "s1" }), purpose: service, commercial: false }),
    decision: "deny",
    rule: "erased",
    evidence: ["suppression:s1"],
  },
  {
    name: "suppressed identifier without fresh basis is denied despite consent",
    input: anInput({ contact: aContact({ suppressed: true, suppressionId: "s1", consentEvents: consent }) }),
    decision: "deny",
    rule: "suppressed",
    evidence: ["suppression:s1"],
  },
  {
    name: "erasure outranks restriction",
    input: anInput({ contact: aContact({ erased: true, restrictions: [aRestriction()] }) }),
    decision: "deny",
    rule: "erased",
    evidence: ["suppression:c1"],
  },

  // Rule 2 — restriction (AVG art. 18 lid 1)
  {
    name: "restriction denies a commercial e-mail with consent",
    input: anInput({ contact: aContact({ restrictions: [aRestriction()], consentEvents: consent }) }),
    decision: "deny",
    rule: "restricted",
    evidence: ["restriction:r1"],
  },
  {
    name: "restriction denies a non-commercial invoice mail too",
    input: anInput({ contact: aContact({ restrictions: [aRestriction()] }), purpose: service, commercial: false }),
    decision: "deny",
    rule: "restricted",
    evidence: ["restriction:r1"],
  },
  {
    name: "restriction denies addressed post",
    input: anInput({
      channel: "post",
      contact: aContact({ restrictions: [aRestriction()], postalAddresses: [ADDRESS] }),
    }),
    decision: "deny",
    rule: "restricted",
    evidence: ["restriction:r1"],
  },
  {
    name: "restriction outranks an objection",
    input: anInput({ contact: aContact({ restrictions: [aRestriction()], objections: [anObjection()] }) }),
    decision: "deny",
    rule: "restricted",
    evidence: ["restriction:r1"],
  },
  {
    name: "a lifted restriction no longer counts",
    input: anInput({
      contact: aContact({ restrictions: [aRestriction({ liftedAt: d("2026-05-20") })], consentEvents: consent }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
    point: "e-personal",
  },
  {
    name: "a restriction set after `at` did not exist yet",
    input: anInput({
      contact: aContact({ restrictions: [aRestriction({ setAt: d("2026-07-01") })], consentEvents: consent }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },

  // Rule 3 — objection to direct marketing (AVG art. 21 lid 2-3)
  {
    name: "DM objection denies e-mail despite consent",
    input: anInput({ contact: aContact({ objections: [anObjection()], consentEvents: consent }) }),
    decision: "deny",
    rule: "objection_direct_marketing",
    evidence: ["objection:o1"],
  },
  {
    name: "DM objection denies SMS",
    input: anInput({
      channel: "sms",
      contact: aContact({
        phones: [MOBILE],
        objections: [anObjection()],
        consentEvents: [aGrant({ channels: ["sms"] })],
      }),
    }),
    decision: "deny",
    rule: "objection_direct_marketing",
    evidence: ["objection:o1"],
  },
  {
    name: "DM objection denies a call to an existing customer",
    input: anInput({
      channel: "phone",
      contact: aContact({
        legalForm: "none",
        phones: [DIRECT],
        customerRelationships: [aRelationship()],
        objections: [anObjection()],
      }),
    }),
    decision: "deny",
    rule: "objection_direct_marketing",
    evidence: ["objection:o1"],
  },
  {
    name: "DM objection denies post without any balancing",
    input: anInput({ channel: "post", contact: aContact({ postalAddresses: [ADDRESS], objections: [anObjection()] }) }),
    decision: "deny",
    rule: "objection_direct_marketing",
    evidence: ["objection:o1"],
  },
  {
    name: "DM objection covers a commercial message under a non-DM purpose",
    input: anInput({
      purpose: aPurpose({ key: "service", directMarketing: false, channels: ["email"] }),
      contact: aContact({ objections: [anObjection()] }),
    }),
    decision: "deny",
    rule: "objection_direct_marketing",
    evidence: ["objection:o1"],
  },
  {
    name: "DM objection does not stop a service message",
    input: anInput({ purpose: service, commercial: false, contact: aContact({ objections: [anObjection()] }) }),
    decision: "allow",
    rule: "non_commercial",
    evidence: ["policy:non-commercial-communication"],
    point: "e-personal",
  },
  {
    name: "a DM-purpose message flagged non-commercial is still marketing",
    input: anInput({ commercial: false, contact: aContact({ objections: [anObjection()], consentEvents: consent }) }),
    decision: "deny",
    rule: "objection_direct_marketing",
    evidence: ["objection:o1"],
  },
  {
    name: "a withdrawn DM objection no longer counts",
    input: anInput({
      contact: aContact({ objections: [anObjection({ withdrawnAt: d("2026-05-15") })], consentEvents: consent }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "DM objection outranks a withdrawal",
    input: anInput({ contact: aContact({ objections: [anObjection()], consentEvents: [aGrant(), aWithdrawal()] }) }),
    decision: "deny",
    rule: "objection_direct_marketing",
    evidence: ["objection:o1"],
  },
  {
    name: "a profiling objection alone does not stop a send that is not profiled",
    input: anInput({ contact: aContact({ objections: [profilingObjection], consentEvents: consent }) }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },

  // Rule 4 — withdrawal and channel opt-out (AVG art. 7 lid 3)
  {
    name: "consent withdrawn for this purpose and channel",
    input: anInput({ contact: aContact({ consentEvents: [aGrant(), aWithdrawal()] }) }),
    decision: "deny",
    rule: "withdrawn",
    evidence: ["withdrawal:k2"],
  },
  {
    name: "a withdrawal for every channel of the purpose covers SMS",
    input: anInput({
      channel: "sms",
      contact: aContact({
        phones: [MOBILE],
        consentEvents: [aGrant({ channels: ["sms"] }), aWithdrawal({ channels: [] })],
      }),
    }),
    decision: "deny",
    rule: "withdrawn",
    evidence: ["withdrawal:k2"],
  },
  {
    name: "an e-mail withdrawal leaves post open",
    input: anInput({
      channel: "post",
      contact: aContact({ postalAddresses: [ADDRESS], consentEvents: [aGrant(), aWithdrawal()] }),
    }),
    decision: "allow",
    rule: "postal_legitimate_interest",
    evidence: ["policy:postal-balancing-test"],
    point: "a1",
  },
  {
    name: "an e-mail withdrawal leaves SMS consent intact",
    input: anInput({
      channel: "sms",
      contact: aContact({
        phones: [MOBILE],
        consentEvents: [aGrant(), aWithdrawal(), aGrant({ id: "k3", channels: ["sms"] })],
      }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k3"],
    point: "m1",
  },
  {
    name: "a withdrawal beats the customer exception",
    input: anInput({
      purpose: aPurpose({ similarProductsOnly: true }),
      contact: aContact({ customerRelationships: [aRelationship()], consentEvents: [aGrant(), aWithdrawal()] }),
    }),
    decision: "deny",
    rule: "withdrawn",
    evidence: ["withdrawal:k2"],
  },
  {
    name: "consent given again after a withdrawal counts",
    input: anInput({
      contact: aContact({
        consentEvents: [
          aGrant(),
          aWithdrawal(),
          aGrant({ id: "k3", effectiveAt: d("2026-05-01"), recordedAt: d("2026-05-01") }),
        ],
      }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k3"],
  },
  {
    name: "a withdrawal for another purpose does not matter",
    input: anInput({ contact: aContact({ consentEvents: [aGrant(), aWithdrawal({ purposeKey: "events" })] }) }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "a withdrawal for the whole purpose stops post too",
    input: anInput({
      channel: "post",
      contact: aContact({ postalAddresses: [ADDRESS], consentEvents: [aWithdrawal({ channels: [] })] }),
    }),
    decision: "deny",
    rule: "withdrawn",
    evidence: ["withdrawal:k2"],
  },
  {
    name: "a channel opt-out stops e-mail for every purpose",
    input: anInput({ contact: aContact({ consentEvents: consent, channelOptOuts: [anOptOut()] }) }),
    decision: "deny",
    rule: "channel_opt_out",
    evidence: ["channel_opt_out:u1"],
  },
  {
    name: "a channel opt-out also stops mail to a designated address",
    input: anInput({ contact: aContact({ emails: [DESIGNATED_EMAIL], channelOptOuts: [anOptOut()] }) }),
    decision: "deny",
    rule: "channel_opt_out",
    evidence: ["channel_opt_out:u1"],
  },
  {
    name: "consent given after a channel opt-out reopens it for that purpose",
    input: anInput({
      contact: aContact({
        consentEvents: [aGrant({ id: "k3", effectiveAt: d("2026-05-01"), recordedAt: d("2026-05-01") })],
        channelOptOuts: [anOptOut()],
      }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k3"],
  },
  {
    name: "a pause of e-mail stops every marketing purpose until it ends",
    input: anInput({ contact: aContact({ consentEvents: consent, channelOptOuts: [aPause()] }) }),
    decision: "deny",
    rule: "channel_paused",
    evidence: ["channel_opt_out:p1"],
  },
  {
    name: "a consent given during a pause does not end the pause",
    input: anInput({
      contact: aContact({
        consentEvents: [aGrant({ id: "k3", effectiveAt: d("2026-05-01"), recordedAt: d("2026-05-01") })],
        channelOptOuts: [aPause()],
      }),
    }),
    decision: "deny",
    rule: "channel_paused",
    evidence: ["channel_opt_out:p1"],
  },
  {
    name: "once a pause has run out, consent allows e-mail again",
    input: anInput({
      contact: aContact({ consentEvents: consent, channelOptOuts: [aPause({ until: d("2026-05-01") })] }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "a pause the person ended early no longer stops e-mail",
    input: anInput({
      contact: aContact({ consentEvents: consent, channelOptOuts: [aPause({ endedAt: d("2026-05-01") })] }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "a pause does not stop a service message",
    input: anInput({ purpose: service, commercial: false, contact: aContact({ channelOptOuts: [aPause()] }) }),
    decision: "allow",
    rule: "non_commercial",
    evidence: ["policy:non-commercial-communication"],
    point: "e-personal",
  },
  {
    name: "a pause of e-mail does not touch calls",
    input: anInput({
      channel: "phone",
      contact: aContact({
        legalForm: "none",
        phones: [DIRECT],
        customerRelationships: [aRelationship()],
        channelOptOuts: [aPause()],
      }),
    }),
    decision: "allow",
    rule: "existing_customer",
    evidence: ["customer_relationship:cr1"],
  },
  {
    name: "an SMS opt-out does not touch e-mail",
    input: anInput({ contact: aContact({ consentEvents: consent, channelOptOuts: [anOptOut({ channel: "sms" })] }) }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "an opt-out after `at` did not exist yet",
    input: anInput({
      at: d("2026-04-01"),
      contact: aContact({ consentEvents: consent, channelOptOuts: [anOptOut()] }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "a service mail goes out despite opt-out and withdrawal",
    input: anInput({
      purpose: service,
      commercial: false,
      contact: aContact({
        consentEvents: [aGrant({ purposeKey: "service" }), aWithdrawal({ purposeKey: "service" })],
        channelOptOuts: [anOptOut()],
      }),
    }),
    decision: "allow",
    rule: "non_commercial",
    evidence: ["policy:non-commercial-communication"],
  },

  // Purpose must name the channel (AVG art. 5 lid 1 sub b)
  {
    name: "SMS for an e-mail-only purpose",
    input: anInput({
      channel: "sms",
      purpose: aPurpose({ channels: ["email"] }),
      contact: aContact({ phones: [MOBILE], consentEvents: [aGrant({ channels: ["sms"] })] }),
    }),
    decision: "deny",
    rule: "channel_not_in_purpose",
    evidence: [],
  },
  {
    name: "a service call under an e-mail-only service purpose",
    input: anInput({ channel: "phone", purpose: service, commercial: false, contact: aContact({ phones: [GENERAL] }) }),
    decision: "deny",
    rule: "channel_not_in_purpose",
    evidence: [],
  },
  {
    name: "an objection outranks channel_not_in_purpose",
    input: anInput({
      channel: "sms",
      purpose: aPurpose({ channels: ["email"] }),
      contact: aContact({ phones: [MOBILE], objections: [anObjection()] }),
    }),
    decision: "deny",
    rule: "objection_direct_marketing",
    evidence: ["objection:o1"],
  },

  // Rule 8 — profiling (AVG art. 21)
  {
    name: "profiled audience and a profiling objection",
    input: anInput({
      profilingBased: true,
      contact: aContact({ objections: [profilingObjection], consentEvents: consent }),
    }),
    decision: "deny",
    rule: "objection_profiling",
    evidence: ["objection:o2"],
  },
  {
    name: "a profiling objection keeps a profiled service message out too",
    input: anInput({
      profilingBased: true,
      purpose: service,
      commercial: false,
      contact: aContact({ objections: [profilingObjection] }),
    }),
    decision: "deny",
    rule: "objection_profiling",
    evidence: ["objection:o2"],
  },
  {
    name: "profiled audience without objection",
    input: anInput({ profilingBased: true, contact: aContact({ consentEvents: consent }) }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "a withdrawn profiling objection no longer counts",
    input: anInput({
      profilingBased: true,
      contact: aContact({
        objections: [{ ...profilingObjection, withdrawnAt: d("2026-05-01") }],
        consentEvents: consent,
      }),
    }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "a DM objection outranks a profiling objection",
    input: anInput({ profilingBased: true, contact: aContact({ objections: [profilingObjection, anObjection()] }) }),
    decision: "deny",
    rule: "objection_direct_marketing",
    evidence: ["objection:o1"],
  },

  // Non-commercial messages (AVG art. 6 lid 1 sub b/f)
  {
    name: "a service mail to a generic address needs no consent",
    input: anInput({ purpose: service, commercial: false, contact: aContact({ emails: [GENERIC_EMAIL] }) }),
    decision: "allow",
    rule: "non_commercial",
    evidence: ["policy:non-commercial-communication"],
    point: "e-info",
  },
  {
    name: "a service mail cites the recorded contract basis",
    input: anInput({
      purpose: service,
      commercial: false,
      contact: aContact({ legalBases: [aLegalBasis({ purposeKey: "service", basis: "contract" })] }),
    }),
    decision: "allow",
    rule: "non_commercial",
    evidence: ["legal_basis:lb1"],
  },
  {
    name: "a service SMS still needs a mobile number",
    input: anInput({
      channel: "sms",
      purpose: aPurpose({ key: "service", directMarketing: false, channels: ["sms"] }),
      commercial: false,
      contact: aContact({ phones: [DIRECT] }),
    }),
    decision: "deny",
    rule: "no_contact_point",
    evidence: [],
  },
  {
    name: "a service call to an eenmanszaak needs no opt-in",
    input: anInput({
      channel: "phone",
      purpose: aPurpose({ key: "service", directMarketing: false, channels: ["phone"] }),
      commercial: false,
      contact: aContact({ legalForm: "eenmanszaak", phones: [DIRECT] }),
    }),
    decision: "allow",
    rule: "non_commercial",
    evidence: ["policy:non-commercial-communication"],
    point: "p-direct",
  },

  // Public sources: publication is for one purpose only (AVG art. 5 lid 1 sub b)
  {
    name: "public data published for service, used for newsletter post",
    input: anInput({
      channel: "post",
      contact: aContact({ provenance: publicFor("service"), postalAddresses: [ADDRESS] }),
    }),
    decision: "deny",
    rule: "purpose_limitation",
    evidence: [],
  },
  {
    name: "public data published without a stated purpose",
    input: anInput({ channel: "post", contact: aContact({ provenance: publicFor(null), postalAddresses: [ADDRESS] }) }),
    decision: "deny",
    rule: "purpose_limitation",
    evidence: [],
  },
  {
    name: "public data used for the purpose it was published for",
    input: anInput({
      channel: "post",
      contact: aContact({ provenance: publicFor("newsletter"), postalAddresses: [ADDRESS] }),
    }),
    decision: "allow",
    rule: "postal_legitimate_interest",
    evidence: ["policy:postal-balancing-test"],
  },
  {
    name: "public data with consent for this purpose",
    input: anInput({ contact: aContact({ provenance: publicFor("service"), consentEvents: consent }) }),
    decision: "allow",
    rule: "consent",
    evidence: ["consent:k1"],
  },
  {
    name: "public data with consent for the purpose on another channel (post)",
    input: anInput({
      channel: "post",
      contact: aContact({
        provenance: publicFor("service"),
        postalAddresses: [ADDRESS],
        consentEvents: [aGrant({ channels: ["sms"] })],
      }),
    }),
    decision: "allow",
    rule: "postal_legitimate_interest",
    evidence: ["policy:postal-balancing-test"],
  },
  {
    name: "public data of a contact who became a customer",
    input: anInput({
      channel: "post",
      contact: aContact({
        provenance: publicFor("service"),
        postalAddresses: [ADDRESS],
        customerRelationships: [aRelationship()],
      }),
    }),
    decision: "allow",
    rule: "postal_legitimate_interest",
    evidence: ["policy:postal-balancing-test"],
  },
  {
    name: "public data with a recorded legal basis for this purpose",
    input: anInput({
      channel: "post",
      contact: aContact({ provenance: publicFor("service"), postalAddresses: [ADDRESS], legalBases: [aLegalBasis()] }),
    }),
    decision: "allow",
    rule: "postal_legitimate_interest",
    evidence: ["policy:postal-balancing-test"],
  },
  {
    name: "public data, non-commercial message",
    input: anInput({ purpose: service, commercial: false, contact: aContact({ provenance: publicFor("support") }) }),
    decision: "allow",
    rule: "non_commercial",
    evidence: ["policy:non-commercial-communication"],
  },
  {
    name: "public data, consent for another purpose does not lift it",
    input: anInput({
      channel: "post",
      settings: someSettings(),
      contact: aContact({
        provenance: publicFor("service"),
        postalAddresses: [ADDRESS],
        consentEvents: [aGrant({ purposeKey: "events" })],
      }),
    }),
    decision: "deny",
    rule: "purpose_limitation",
    evidence: [],
  },
];
