import { describe, expect, it } from "vitest";
import { validateConsentGrant } from "@/domain/consent";
import { AppError, fromRuleProblem, inLanguage, RuleRefusedError } from "@/server/errors";

describe("RuleRefusedError", () => {
  const result = validateConsentGrant(
    {
      purposeKey: "news",
      channels: ["email"],
      method: "business_card",
      capturedAt: new Date(),
      affirmativeAct: true,
      evidence: { noticeVersion: 1 },
    },
    { now: new Date(), contactSourceType: "event", knownNoticeVersions: [1], purposeChannels: ["email"] },
  );
  const problems = result.ok ? [] : result.problems.map((p) => fromRuleProblem(p, "consents.0."));

  it("names each problem by field, with its citation, in English by default", () => {
    const error = new RuleRefusedError("UNLAWFUL", problems);
    expect(error.status).toBe(422);
    expect(error.fields.map((f) => [f.field, f.code])).toEqual([
      ["consents.0.evidence.location", "offline_location_missing"],
      ["consents.0.evidence.statement", "offline_statement_missing"],
    ]);
    expect(error.fields[0].message).toMatch(/^State where consent was given.*\(AVG art\. 7 lid 1/);
    expect(error.message).toMatch(/and 1 more/);
  });

  it("is shown in Dutch to a Dutch user, message and fields alike", () => {
    const shown = inLanguage(new RuleRefusedError("UNLAWFUL", problems), "nl");
    expect(shown.fields[0].message).toMatch(/^Vermeld waar de toestemming is gegeven/);
    expect(shown.message).toMatch(/^Vermeld waar de toestemming is gegeven.*\(en nog 1\)$/);
    expect(shown.fields.every((f) => !("text" in f))).toBe(true);
  });

  it("leaves errors without texts of the law as they are", () => {
    const plain = new AppError("CONFLICT", "Already exists.", { fields: [{ field: "email", message: "Taken." }] });
    expect(inLanguage(plain, "nl")).toEqual({
      message: "Already exists.",
      fields: [{ field: "email", message: "Taken." }],
    });
  });
});
