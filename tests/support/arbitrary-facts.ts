/**
 * fast-check generators of random fact histories for the outreach engine: a contact with any mix
 * of addresses, consents (grants, withdrawals, corrections, grantors, imported lists, evidence),
 * legal bases, customer relationships, objections, restrictions, opt-outs and pauses, notices and
 * calls, all dated in a window that crosses the July 2026 change of the law; and organisation
 * settings with and without every period. Shared by the property tests of the decision store.
 */
import fc from "fast-check";
import type { ContactFacts, OutreachSettings, PurposeFacts } from "@/domain/outreach";
import {
  CHANNELS,
  CONSENT_ACTIONS,
  CONSENT_METHODS,
  EMAIL_KINDS,
  LEGAL_BASES,
  LEGAL_FORMS,
  OBJECTION_SCOPES,
  ORGANISATION_SECTORS,
  PHONE_KINDS,
  SOURCE_TYPES,
} from "@/domain/vocabulary";

/** The window every date falls in: before and after the law changed on 1 July 2026. */
export const FROM = new Date("2025-01-01T00:00:00Z");
export const UNTIL = new Date("2028-01-01T00:00:00Z");

/** Dates fall on a few days, at a few times: so that one fact's period often ends exactly where
 *  another fact starts, and the windows of the rules meet each other as they do in real data. */
const DAYS = (UNTIL.getTime() - FROM.getTime()) / 86_400_000;
export const arbDate = fc
  .tuple(fc.integer({ min: 0, max: Math.floor(DAYS / 15) }), fc.constantFrom(0, 1, 10 * 3_600_000, 86_399_999))
  .map(([n, ms]) => new Date(FROM.getTime() + n * 15 * 86_400_000 + ms));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const maybeDate = maybe(arbDate);
const channels = fc.subarray([...CHANNELS]);

export const PURPOSE_KEYS = ["newsletter", "sales_calls", "service"] as const;

export const arbPurposes: fc.Arbitrary<PurposeFacts[]> = fc.tuple(
  ...PURPOSE_KEYS.map((key) =>
    fc.record({
      key: fc.constant(key),
      directMarketing: fc.boolean(),
      channels: fc.subarray([...CHANNELS], { minLength: 1 }),
      similarProductsOnly: fc.boolean(),
      firstCallMonths: maybe(fc.integer({ min: 1, max: 12 })),
    }),
  ),
);

export const arbSettings: fc.Arbitrary<OutreachSettings> = fc.record({
  consentLifetimeDays: maybe(fc.integer({ min: 30, max: 1000 })),
  channelConsentLifetimeDays: fc.record({
    email: maybe(fc.integer({ min: 30, max: 1000 })),
    sms: maybe(fc.integer({ min: 30, max: 1000 })),
    post: maybe(fc.integer({ min: 30, max: 1000 })),
  }),
  phoneFirstCallMonths: maybe(fc.integer({ min: 1, max: 12 })),
  customerExceptionMonthsAfterEnd: fc.integer({ min: 0, max: 36 }),
  oneTimeBuyerExceptionMonths: maybe(fc.integer({ min: 0, max: 36 })),
  formerCustomerCallMonths: fc.integer({ min: 0, max: 36 }),
  postalLegitimateInterest: fc.boolean(),
  sector: fc.constantFrom(...ORGANISATION_SECTORS),
  weakConsentUsable: fc.boolean(),
});

const id = (prefix: string) => fc.integer({ min: 1, max: 6 }).map((n) => `${prefix}${n}`);

const arbConsent = fc.record({
  id: id("consent-"),
  purposeKey: fc.constantFrom(...PURPOSE_KEYS),
  channels,
  action: fc.constantFrom(...CONSENT_ACTIONS),
  effectiveAt: arbDate,
  recordedAt: arbDate,
  method: fc.constantFrom(...CONSENT_METHODS),
  correctsId: maybe(id("consent-")),
  invalidated: fc.boolean(),
  grantor: maybe(
    fc.record({
      name: fc.constant("Grantor"),
      role: maybe(fc.constant("director")),
      authority: maybe(fc.constant("mandate")),
    }),
  ),
  importedFromList: fc.boolean(),
  evidence: maybe(fc.record({ hasAttachment: fc.boolean(), confirmedAt: maybeDate })),
});

export const arbContact: fc.Arbitrary<ContactFacts> = fc.record({
  id: fc.constant("contact"),
  suppressed: fc.boolean(),
  suppressionId: fc.constant(null),
  legalForm: fc.constantFrom(...LEGAL_FORMS),
  provenance: fc.record({
    sourceType: fc.constantFrom(...SOURCE_TYPES),
    publishedForPurposeKey: maybe(fc.constantFrom(...PURPOSE_KEYS)),
    collectedAt: maybeDate,
  }),
  emails: fc.array(
    fc.record({
      id: id("email-"),
      kind: fc.constantFrom(...EMAIL_KINDS),
      designation: maybe(fc.record({ id: id("email-"), seenAt: arbDate, where: fc.constant("website") })),
    }),
    { maxLength: 2 },
  ),
  phones: fc.array(fc.record({ id: id("phone-"), kind: fc.constantFrom(...PHONE_KINDS) }), { maxLength: 2 }),
  postalAddresses: fc.array(fc.record({ id: id("address-") }), { maxLength: 1 }),
  consentEvents: fc.array(arbConsent, { maxLength: 5 }),
  legalBases: fc.array(
    fc.record({
      id: id("basis-"),
      purposeKey: fc.constantFrom(...PURPOSE_KEYS),
      basis: fc.constantFrom(...LEGAL_BASES),
      since: arbDate,
      until: maybeDate,
      recordedAt: maybeDate,
    }),
    { maxLength: 2 },
  ),
  customerRelationships: fc.array(
    fc.record({
      id: id("customer-"),
      since: arbDate,
      until: maybeDate,
      products: fc.constant(["software"]),
      optOutOfferedAtCollection: fc.boolean(),
      kind: fc.constantFrom("one_time" as const, "ongoing" as const),
      paid: fc.boolean(),
      recordedAt: maybeDate,
    }),
    { maxLength: 2 },
  ),
  objections: fc.array(
    fc.record({
      id: id("objection-"),
      scope: fc.constantFrom(...OBJECTION_SCOPES),
      receivedAt: arbDate,
      withdrawnAt: maybeDate,
      recordedAt: maybeDate,
    }),
    { maxLength: 1 },
  ),
  restrictions: fc.array(fc.record({ id: id("restriction-"), setAt: arbDate, liftedAt: maybeDate }), {
    maxLength: 1,
  }),
  channelOptOuts: fc.array(
    fc.record({
      id: id("optout-"),
      channel: fc.constantFrom(...CHANNELS),
      at: arbDate,
      until: maybeDate,
      endedAt: maybeDate,
    }),
    { maxLength: 2 },
  ),
  notices: fc.array(
    fc.record({ id: id("notice-"), kind: fc.constant("art14" as const), givenAt: arbDate, recordedAt: maybeDate }),
    { maxLength: 1 },
  ),
  calls: fc.array(fc.record({ id: id("call-"), purposeKey: fc.constantFrom(...PURPOSE_KEYS), at: arbDate }), {
    maxLength: 2,
  }),
});
