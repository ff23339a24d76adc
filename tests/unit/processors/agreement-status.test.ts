import { describe, expect, it } from "vitest";
import { isOutsideEea, processorWarnings } from "@/domain/processors";

const NOW = new Date("2026-11-29T12:00:00Z");
const base = {
  agreementSignedAt: new Date("2025-01-01"),
  agreementReviewAt: new Date("2027-06-01"),
  location: "NL",
  transferMechanism: null,
};

describe("processorWarnings (AVG art. 28, chapter V)", () => {
  it("is quiet for a signed agreement with a review far ahead inside the EEA", () => {
    expect(processorWarnings(base, NOW)).toEqual([]);
  });
  it("warns when the agreement is missing", () => {
    expect(processorWarnings({ ...base, agreementSignedAt: null }, NOW)).toEqual(["agreement_missing"]);
  });
  it("warns when the review date has passed, and reminds 30 days ahead", () => {
    expect(processorWarnings({ ...base, agreementReviewAt: new Date("2026-11-01") }, NOW)).toEqual(["review_overdue"]);
    expect(processorWarnings({ ...base, agreementReviewAt: new Date("2026-12-20") }, NOW)).toEqual(["review_due_soon"]);
  });
  it("needs a transfer mechanism outside the EEA only", () => {
    expect(processorWarnings({ ...base, location: "us" }, NOW)).toEqual(["transfer_without_mechanism"]);
    expect(processorWarnings({ ...base, location: "US", transferMechanism: "SCC 2021/914 module 2" }, NOW)).toEqual([]);
    expect(isOutsideEea("NO")).toBe(false);
    expect(isOutsideEea("CH")).toBe(true);
  });
});
