import { describe, expect, it } from "vitest";
import { validateCorrection } from "@/domain/consent/validate-correction";

const codes = (input: Parameters<typeof validateCorrection>[0]) => {
  const result = validateCorrection(input);
  return result.ok ? [] : result.problems.map((p) => [p.code, p.field]);
};

describe("validateCorrection", () => {
  it("accepts a reason of at least 5 characters and a target", () => {
    expect(validateCorrection({ reason: "Verkeerd doel gekozen", correctsId: "cr_1" })).toEqual({ ok: true });
    expect(validateCorrection({ reason: "typo!", correctsId: "cr_1" })).toEqual({ ok: true });
  });

  it("requires a reason", () => {
    expect(codes({ reason: "", correctsId: "cr_1" })).toEqual([["correction_reason_missing", "reason"]]);
    expect(codes({ reason: null, correctsId: "cr_1" })).toEqual([["correction_reason_missing", "reason"]]);
    expect(codes({ reason: "    ", correctsId: "cr_1" })).toEqual([["correction_reason_missing", "reason"]]);
  });

  it("rejects a reason shorter than 5 characters after trimming", () => {
    expect(codes({ reason: "  oops  ", correctsId: "cr_1" })).toEqual([["correction_reason_too_short", "reason"]]);
  });

  it("requires the id of the record being corrected", () => {
    expect(codes({ reason: "Verkeerd kanaal", correctsId: "" })).toEqual([["correction_target_missing", "correctsId"]]);
    expect(codes({ reason: "Verkeerd kanaal", correctsId: undefined })).toEqual([
      ["correction_target_missing", "correctsId"],
    ]);
  });

  it("reports both problems together", () => {
    const result = validateCorrection({ reason: "x", correctsId: null });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.code)).toEqual(["correction_target_missing", "correction_reason_too_short"]);
      expect(result.problems[1].message.nl).toContain("5 tekens");
    }
  });
});
