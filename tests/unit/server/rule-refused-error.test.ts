import { describe, expect, it } from "vitest";
import { validateConsentGrant } from "@/domain/consent";
import { ConsentRefusedError, fromConsentProblem, localiseError } from "@/features/consents/consent-error";

describe("ConsentRefusedError", () => {
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
  const problems = result.ok ? [] : result.problems.map((p) => fromConsentProblem(p, "consents.0."));

  it("names each problem by field, with its citation, in English by default", () => {
    const error = new ConsentRefusedError("UNLAWFUL", problems);
    expect(error.status).toBe(422);
    expect(error.fields.map((f) => [f.field, f.code])).toEqual([
      ["consents.0.evidence.location", "offline_location_missing"],
      ["consents.0.evidence.statement", "offline_statement_missing"],
    ]);
    expect(error.fields[0].message).toMatch(/^State where consent was given.*\(AVG art\. 7 lid 1/);
    expect(error.message).toMatch(/and 1 more/);
  });

  it("is shown in Dutch to a Dutch user", () => {
    const error = localiseError(new ConsentRefusedError("UNLAWFUL", problems), "nl") as ConsentRefusedError;
    expect(error.fields[0].message).toMatch(/^Vermeld waar de toestemming is gegeven/);
    expect(localiseError(new Error("x"), "nl")).toBeInstanceOf(Error);
  });
});
