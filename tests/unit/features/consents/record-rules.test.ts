import { describe, expect, it } from "vitest";
import {
  checkCustomerRelationship,
  checkLegalBasis,
  MIN_BALANCING_NOTE_LENGTH,
  notInFuture,
} from "@/features/consents/rules/record-rules";

const now = new Date("2026-05-01T12:00:00Z");
const codes = (p: { code: string }[]) => p.map((x) => x.code);
const base = { since: now, purposeIsDirectMarketing: true, hasCountingConsent: false, now };

describe("notInFuture", () => {
  it("allows a little clock skew and refuses more", () => {
    expect(notInFuture(new Date(now.getTime() + 60_000), now, "at")).toEqual([]);
    expect(codes(notInFuture(new Date(now.getTime() + 3_600_000), now, "at"))).toEqual(["inFuture"]);
    expect(notInFuture(undefined, now, "at")).toEqual([]);
  });
});

describe("checkLegalBasis (AVG art. 6 lid 1)", () => {
  it("legitimate interest needs a written balancing test", () => {
    expect(codes(checkLegalBasis({ ...base, basis: "legitimate_interest", balancingNote: "ok" }))).toEqual([
      "balancingNoteRequired",
    ]);
    expect(
      checkLegalBasis({ ...base, basis: "legitimate_interest", balancingNote: "x".repeat(MIN_BALANCING_NOTE_LENGTH) }),
    ).toEqual([]);
  });

  it("direct marketing never rests on a contract or a legal obligation", () => {
    expect(codes(checkLegalBasis({ ...base, basis: "contract" }))).toEqual(["basisNotForMarketing"]);
    expect(codes(checkLegalBasis({ ...base, basis: "legal_obligation" }))).toEqual(["basisNotForMarketing"]);
    expect(checkLegalBasis({ ...base, basis: "contract", purposeIsDirectMarketing: false })).toEqual([]);
  });

  it("consent as a basis needs a consent that counts", () => {
    expect(codes(checkLegalBasis({ ...base, basis: "consent" }))).toEqual(["basisConsentMissing"]);
    expect(checkLegalBasis({ ...base, basis: "consent", hasCountingConsent: true })).toEqual([]);
  });

  it("refuses a start in the future and an end before the start", () => {
    const r = checkLegalBasis({
      ...base,
      basis: "consent",
      hasCountingConsent: true,
      since: new Date("2026-06-01"),
      until: new Date("2026-05-15"),
    });
    expect(codes(r)).toEqual(["inFuture", "untilBeforeSince"]);
  });
});

describe("checkCustomerRelationship (Tw art. 11.7 lid 3)", () => {
  it("needs products, a start that happened, and an end after the start", () => {
    expect(
      codes(
        checkCustomerRelationship({
          since: new Date("2026-06-01"),
          until: new Date("2026-01-01"),
          products: [" "],
          now,
        }),
      ),
    ).toEqual(["inFuture", "untilBeforeSince", "productsRequired"]);
    expect(checkCustomerRelationship({ since: new Date("2024-01-01"), products: ["Onderhoud"], now })).toEqual([]);
  });
});
