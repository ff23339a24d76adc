import { describe, expect, it } from "vitest";
import { ZUpdateSettingsInput } from "@/features/settings/schemas";
import { DEFAULT_ART14_NOTICE } from "@/domain/notices";

const base = {
  organisationName: "Voorbeeld BV",
  controllerEmail: "",
  controllerAddress: "",
  controllerPhone: "",
  privacyPolicyUrl: "",
  consentLifetimeDays: "",
  customerExceptionMonthsAfterEnd: 24,
  oneTimeBuyerExceptionMonths: "",
  formerCustomerCallMonths: 36,
  postalLegitimateInterest: true,
  retentionMonthsWithoutBasis: 24,
  signupPurgeDays: 7,
};
const errorsFor = (over: Record<string, unknown>) => {
  const r = ZUpdateSettingsInput.safeParse({ ...base, ...over });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("the art. 14 notice texts in the settings", () => {
  it("accept the default, an own text with {source}, empty (= the default) and leaving them out", () => {
    expect(errorsFor({ art14NoticeNl: DEFAULT_ART14_NOTICE.nl, art14NoticeEn: DEFAULT_ART14_NOTICE.en })).toEqual([]);
    expect(errorsFor({ art14NoticeNl: "Wij zijn {organisation}; uw gegevens komen van {source}." })).toEqual([]);
    expect(errorsFor({ art14NoticeEn: "" })).toEqual([]);
    expect(errorsFor({})).toEqual([]);
  });

  it("refuse a placeholder nobody fills, and a text that does not say where the data came from", () => {
    expect(errorsFor({ art14NoticeNl: "Beste {naam}, bron: {source}" })).toEqual([
      "art14NoticeNl: settings.errors.unknownPlaceholder",
    ]);
    expect(errorsFor({ art14NoticeEn: "We are {organisation}." })).toEqual([
      "art14NoticeEn: settings.errors.sourceMissing",
    ]);
  });
});
