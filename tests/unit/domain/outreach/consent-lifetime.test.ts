/**
 * How long a consent counts: the general lifetime, a channel's own lifetime, and for calls the
 * telemarketing code's first call within six months (or the period the purpose's consent text
 * states). Both sides of every boundary.
 */
import { describe, expect, it } from "vitest";
import type { Channel } from "@/domain/vocabulary";
import {
  CALL_OUTCOMES_REACHING_PERSON,
  decideOutreach,
  effectiveConsentState,
  factsKnownAt,
  type CallFact,
  type ContactFacts,
  type OutreachSettings,
} from "@/domain/outreach";
import { CALL_OUTCOMES } from "@/features/calls/schemas";
import { MOBILE, aContact, aGrant, aPurpose, anInput, d, someSettings } from "./builders";

// Given on 1 March 2026 at 10:00 UTC; six calendar months later is 1 September 2026 10:00 UTC.
const GIVEN = d("2026-03-01");
const SIX_MONTHS = new Date("2026-09-01T10:00:00Z");
const justBefore = (t: Date) => new Date(t.getTime() - 1);

const phoneGrant = aGrant({ channels: ["phone"], method: "verbal_in_person", effectiveAt: GIVEN, recordedAt: GIVEN });
const aCall = (at: Date, over: Partial<CallFact> = {}): CallFact => ({
  id: "call1",
  purposeKey: "newsletter",
  at,
  ...over,
});

const phoneState = (
  at: Date,
  over: { calls?: CallFact[]; firstCallMonths?: number | null; settings?: Partial<OutreachSettings> } = {},
) =>
  effectiveConsentState(
    aContact({ consentEvents: [phoneGrant], calls: over.calls ?? [] }),
    { key: "newsletter", firstCallMonths: over.firstCallMonths },
    "phone",
    at,
    someSettings(over.settings),
  );

describe("first call on a phone consent (telemarketing code)", () => {
  it("is six months by default", () => {
    expect(someSettings().phoneFirstCallMonths).toBe(6);
  });

  it("holds until the window closes, and says by when the first call is due", () => {
    const s = phoneState(justBefore(SIX_MONTHS));
    expect(s).toMatchObject({ state: "given", expiresAt: SIX_MONTHS });
    expect(s.lapse).toEqual({ kind: "first_call", months: 6, source: "channel" });
  });

  it("lapses at the moment the window closes without a call", () => {
    expect(phoneState(SIX_MONTHS)).toMatchObject({ state: "expired", expiresAt: SIX_MONTHS });
  });

  it("a call that reached the person just before the window closed keeps it", () => {
    const call = aCall(justBefore(SIX_MONTHS));
    const s = phoneState(d("2027-06-01"), { calls: [call] });
    expect(s.state).toBe("given");
    expect(s.firstCall).toEqual(call);
    expect(s.expiresAt).toBeUndefined();
  });

  it("a call at the moment the window closed is too late", () => {
    expect(phoneState(d("2027-06-01"), { calls: [aCall(SIX_MONTHS)] }).state).toBe("expired");
  });

  it("a call at the moment of the consent counts; one before it does not", () => {
    expect(phoneState(d("2027-06-01"), { calls: [aCall(GIVEN)] }).state).toBe("given");
    expect(phoneState(d("2027-06-01"), { calls: [aCall(justBefore(GIVEN))] }).state).toBe("expired");
  });

  it("a call about another purpose does not use this consent", () => {
    expect(phoneState(d("2027-06-01"), { calls: [aCall(d("2026-04-01"), { purposeKey: "events" })] }).state).toBe(
      "expired",
    );
  });

  it("a call after the moment asked about has not happened yet", () => {
    // Asked on 1 August: the window is still open, the call of 15 August is in the future.
    const s = phoneState(d("2026-08-01"), { calls: [aCall(d("2026-08-15"))] });
    expect(s).toMatchObject({ state: "given", expiresAt: SIX_MONTHS });
    expect(s.firstCall).toBeUndefined();
  });

  it("the period the purpose's consent text states replaces the default, on both sides", () => {
    const twelve = new Date("2027-03-01T10:00:00Z");
    expect(phoneState(justBefore(twelve), { firstCallMonths: 12 }).state).toBe("given");
    expect(phoneState(twelve, { firstCallMonths: 12 })).toMatchObject({
      state: "expired",
      lapse: { kind: "first_call", months: 12, source: "purpose" },
    });
    const two = new Date("2026-05-01T10:00:00Z");
    expect(phoneState(justBefore(two), { firstCallMonths: 2 }).state).toBe("given");
    expect(phoneState(two, { firstCallMonths: 2 }).state).toBe("expired");
  });

  it("the purpose's period applies even when the organisation switched the window off", () => {
    const settings = { phoneFirstCallMonths: null };
    expect(phoneState(d("2030-01-01"), { settings }).state).toBe("given");
    expect(phoneState(d("2026-06-01"), { settings, firstCallMonths: 2 }).state).toBe("expired");
  });

  it("an organisation's own window (three months) on both sides", () => {
    const three = new Date("2026-06-01T10:00:00Z");
    const settings = { phoneFirstCallMonths: 3 };
    expect(phoneState(justBefore(three), { settings }).state).toBe("given");
    expect(phoneState(three, { settings })).toMatchObject({
      state: "expired",
      lapse: { kind: "first_call", months: 3, source: "channel" },
    });
  });

  it("once used in time, the general lifetime still ends it", () => {
    const settings = { consentLifetimeDays: 365 };
    const calls = [aCall(d("2026-04-01"))];
    const yearLater = new Date("2027-03-01T10:00:00Z");
    expect(phoneState(justBefore(yearLater), { settings, calls }).state).toBe("given");
    expect(phoneState(yearLater, { settings, calls })).toMatchObject({
      state: "expired",
      lapse: { kind: "lifetime", days: 365, source: "general" },
    });
  });

  it("the earlier end wins: a 30-day general lifetime before the six-month window", () => {
    const s = phoneState(d("2026-04-15"), { settings: { consentLifetimeDays: 30 } });
    expect(s).toMatchObject({ state: "expired", lapse: { kind: "lifetime", days: 30, source: "general" } });
  });

  it("a new consent opens a new window", () => {
    const renewed = aGrant({
      id: "k9",
      channels: ["phone"],
      method: "verbal_phone",
      effectiveAt: d("2026-10-01"),
      recordedAt: d("2026-10-01"),
    });
    const s = effectiveConsentState(
      aContact({ consentEvents: [phoneGrant, renewed], calls: [] }),
      { key: "newsletter" },
      "phone",
      d("2026-11-01"),
      someSettings(),
    );
    expect(s).toMatchObject({ state: "given", eventId: "k9", expiresAt: new Date("2027-04-01T10:00:00Z") });
  });

  it("does not touch other channels", () => {
    const grant = aGrant({ channels: ["email"], effectiveAt: GIVEN, recordedAt: GIVEN });
    const s = effectiveConsentState(
      aContact({ consentEvents: [grant] }),
      { key: "newsletter", firstCallMonths: 1 },
      "email",
      d("2028-01-01"),
      someSettings(),
    );
    expect(s).toEqual({ state: "given", eventId: "k1", effectiveAt: GIVEN });
  });

  it("only conversations count as a first call; every such outcome is one the calls log knows", () => {
    for (const o of CALL_OUTCOMES_REACHING_PERSON) expect(CALL_OUTCOMES).toContain(o);
    expect(CALL_OUTCOMES_REACHING_PERSON).not.toContain("no_answer");
    expect(CALL_OUTCOMES_REACHING_PERSON).not.toContain("voicemail");
  });

  it("as recorded by a moment, a call logged later was not known", () => {
    const contact = aContact({ consentEvents: [phoneGrant], calls: [aCall(d("2026-08-01"))] });
    const known = factsKnownAt(contact, d("2026-07-01"));
    expect(known.calls).toEqual([]);
    expect(factsKnownAt(contact, d("2026-08-02")).calls).toHaveLength(1);
  });
});

describe("a lifetime per channel", () => {
  const grantAll = aGrant({ channels: [], method: "verbal_in_person", effectiveAt: GIVEN, recordedAt: GIVEN });
  const contact: ContactFacts = aContact({ consentEvents: [grantAll] });
  const stateOf = (channel: Channel, at: Date, settings: Partial<OutreachSettings>) =>
    effectiveConsentState(contact, { key: "newsletter" }, channel, at, someSettings(settings));
  const thirtyDays = new Date("2026-03-31T10:00:00Z");

  it("a channel's own lifetime replaces the general one there, on both sides", () => {
    const settings = { consentLifetimeDays: 365, channelConsentLifetimeDays: { sms: 30 } };
    expect(stateOf("sms", justBefore(thirtyDays), settings).state).toBe("given");
    expect(stateOf("sms", thirtyDays, settings)).toMatchObject({
      state: "expired",
      lapse: { kind: "lifetime", days: 30, source: "channel" },
    });
    // E-mail has none of its own: the general year applies.
    expect(stateOf("email", thirtyDays, settings)).toMatchObject({
      state: "given",
      lapse: { kind: "lifetime", days: 365, source: "general" },
    });
  });

  it("a channel's own lifetime applies without a general one", () => {
    const settings = { consentLifetimeDays: null, channelConsentLifetimeDays: { post: 30 } };
    expect(stateOf("post", justBefore(thirtyDays), settings).state).toBe("given");
    expect(stateOf("post", thirtyDays, settings).state).toBe("expired");
    expect(stateOf("email", d("2030-01-01"), settings)).toEqual({ state: "given", eventId: "k1", effectiveAt: GIVEN });
  });

  it("null for a channel means the general lifetime", () => {
    const settings = { consentLifetimeDays: 30, channelConsentLifetimeDays: { email: null } };
    expect(stateOf("email", thirtyDays, settings)).toMatchObject({
      state: "expired",
      lapse: { source: "general" },
    });
  });
});

describe("the deny names the period and where it comes from", () => {
  const call = (over: Parameters<typeof anInput>[0]) =>
    decideOutreach(
      anInput({
        channel: "phone",
        contact: aContact({ legalForm: "none", phones: [MOBILE], consentEvents: [phoneGrant] }),
        ...over,
      }),
    );

  it("the default for phone", () => {
    const out = call({ at: SIX_MONTHS });
    expect(out.rule).toBe("phone_consent_unused");
    expect(out.explanation).toEqual({
      nl: "Toestemming om gebeld te worden voor 'newsletter' van 2026-03-01 is vervallen op 2026-09-01: er is niet binnen 6 maanden voor het eerst met de persoon gebeld (instelling van de organisatie voor telefoon).",
      en: "Consent to be called about 'newsletter' given on 2026-03-01 lapsed on 2026-09-01: no first call reached the person within 6 months (the organisation's setting for phone).",
    });
  });

  it("the purpose's consent text", () => {
    const out = call({ at: d("2026-05-01"), purpose: aPurpose({ firstCallMonths: 1 }) });
    expect(out.explanation.nl).toContain("niet binnen 1 maand voor het eerst");
    expect(out.explanation.nl).toContain("(termijn uit de toestemmingstekst van dit doel)");
    expect(out.explanation.en).toContain("within 1 month (the period stated in this purpose's consent text)");
  });

  it("a channel's own lifetime", () => {
    const out = decideOutreach(
      anInput({
        settings: someSettings({ channelConsentLifetimeDays: { email: 30 } }),
        contact: aContact({ consentEvents: [aGrant()] }),
      }),
    );
    expect(out.rule).toBe("consent_expired");
    expect(out.explanation.en).toBe(
      "Consent for 'newsletter' by e-mail given on 2026-03-01 expired on 2026-03-31: it holds for 30 days (the organisation's setting for e-mail).",
    );
  });
});
