import { describe, expect, it } from "vitest";
import { addMonths } from "@/domain/calendar";
import { judgeRetention, type RetentionFacts, type RetentionPolicy } from "@/domain/retention";

const NOW = new Date("2026-11-29T12:00:00Z");
const monthsAgo = (n: number) => addMonths(NOW, -n);
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

const policy = (over: Partial<RetentionPolicy> = {}): RetentionPolicy => ({
  monthsWithoutBasis: 24,
  purposeMonths: {},
  customerExceptionMonthsAfterEnd: 24,
  consentLifetimeDays: null,
  eraseWhenConsentOnlyWithdrawn: false,
  withdrawalGraceDays: 30,
  ...over,
});
const facts = (over: Partial<RetentionFacts> = {}): RetentionFacts => ({
  legalHold: false,
  restricted: false,
  openRequest: false,
  lastActivityAt: monthsAgo(30),
  consents: [],
  legalBases: [],
  customerRelationships: [],
  ...over,
});

describe("judgeRetention", () => {
  it("expires a prospect without any basis after the months without basis since last activity", () => {
    const v = judgeRetention(facts(), policy(), NOW);
    expect(v).toMatchObject({ kind: "expired", reason: "no_basis_inactive", automaticAllowed: false });
    expect(judgeRetention(facts({ lastActivityAt: monthsAgo(23) }), policy(), NOW)).toMatchObject({
      kind: "keep",
      why: "within_retention",
    });
  });

  it("keeps anyone on legal hold, restricted or with an open request, however old", () => {
    expect(judgeRetention(facts({ legalHold: true }), policy(), NOW)).toEqual({ kind: "keep", why: "legal_hold" });
    expect(judgeRetention(facts({ restricted: true }), policy(), NOW)).toEqual({ kind: "keep", why: "restricted" });
    expect(judgeRetention(facts({ openRequest: true }), policy(), NOW)).toEqual({ kind: "keep", why: "open_request" });
  });

  it("keeps a contact with consent in force, a legal basis in force or a current customer", () => {
    const granted = facts({ consents: [{ purposeId: "p", action: "granted", effectiveAt: monthsAgo(60) }] });
    expect(judgeRetention(granted, policy(), NOW)).toMatchObject({ kind: "keep", why: "basis_in_force" });
    const basis = facts({ legalBases: [{ purposeId: "p", since: monthsAgo(40), until: null }] });
    expect(judgeRetention(basis, policy(), NOW)).toMatchObject({ kind: "keep", why: "basis_in_force" });
    const customer = facts({ customerRelationships: [{ until: monthsAgo(12) }] });
    expect(judgeRetention(customer, policy(), NOW)).toMatchObject({ kind: "keep", why: "basis_in_force" });
  });

  it("lets a consent lapse after the configured lifetime", () => {
    const old = facts({ consents: [{ purposeId: "p", action: "granted", effectiveAt: monthsAgo(60) }] });
    expect(judgeRetention(old, policy({ consentLifetimeDays: 365 }), NOW)).toMatchObject({ kind: "expired" });
  });

  it("keeps proof of a withdrawal for the purpose's own retention months", () => {
    const withdrawn = facts({ consents: [{ purposeId: "news", action: "withdrawn", effectiveAt: monthsAgo(30) }] });
    expect(judgeRetention(withdrawn, policy({ purposeMonths: { news: 36 } }), NOW)).toMatchObject({
      kind: "keep",
      why: "within_retention",
    });
    expect(judgeRetention(withdrawn, policy({ purposeMonths: { news: 12 } }), NOW)).toMatchObject({
      kind: "expired",
      reason: "no_basis_inactive",
    });
    const later = facts({ consents: [{ purposeId: "news", action: "withdrawn", effectiveAt: monthsAgo(13) }] });
    expect(judgeRetention(later, policy({ purposeMonths: { news: 12 }, monthsWithoutBasis: 6 }), NOW)).toMatchObject({
      kind: "expired",
      reason: "purpose_retention_passed",
    });
  });

  it("erases after the grace period when withdrawn consent was the only basis, only if switched on", () => {
    const f = facts({
      lastActivityAt: daysAgo(40),
      consents: [{ purposeId: "p", action: "withdrawn", effectiveAt: daysAgo(40) }],
    });
    expect(judgeRetention(f, policy(), NOW)).toMatchObject({ kind: "keep" });
    expect(judgeRetention(f, policy({ eraseWhenConsentOnlyWithdrawn: true }), NOW)).toMatchObject({
      kind: "expired",
      reason: "withdrawn_consent_only",
      automaticAllowed: true,
    });
    expect(
      judgeRetention(f, policy({ eraseWhenConsentOnlyWithdrawn: true, withdrawalGraceDays: 60 }), NOW),
    ).toMatchObject({ kind: "keep", why: "within_retention" });
    const alsoCustomer = { ...f, customerRelationships: [{ until: monthsAgo(50) }] };
    expect(judgeRetention(alsoCustomer, policy({ eraseWhenConsentOnlyWithdrawn: true }), NOW)).toMatchObject({
      kind: "keep",
    });
  });

  it("adds calendar months, clamping to the end of a shorter month", () => {
    expect(addMonths(new Date("2026-01-31T10:00:00Z"), 1).toISOString()).toBe("2026-02-28T10:00:00.000Z");
    expect(addMonths(new Date("2026-03-31T10:00:00Z"), -1).toISOString()).toBe("2026-02-28T10:00:00.000Z");
  });
});
