import { describe, expect, it } from "vitest";
import { NATURAL_PERSON_FORMS, LEGAL_FORMS } from "@/domain/vocabulary";

describe("vocabulary", () => {
  it("natural-person legal forms are all known legal forms", () => {
    for (const f of NATURAL_PERSON_FORMS) expect(LEGAL_FORMS).toContain(f);
  });
});
