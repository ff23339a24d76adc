import { describe, expect, it } from "vitest";
import { canBeConfirmedInWriting, evidenceStrength, type EvidenceStrength } from "@/domain/consent";
import { inferNoticeVersion } from "@/domain/consent";
import type { ConsentMethod } from "@/domain/vocabulary";

describe("evidenceStrength", () => {
  // [method, a file kept, confirmed in writing, expected]
  const cases: [ConsentMethod, boolean, boolean, EvidenceStrength][] = [
    ["verbal_phone", false, false, "weak"],
    ["verbal_phone", true, false, "strong"], // the call recording
    ["verbal_phone", false, true, "strong"], // the person confirmed our written summary
    ["verbal_phone", true, true, "strong"],
    ["verbal_in_person", false, false, "standard"],
    ["verbal_in_person", true, false, "standard"],
    ["verbal_in_person", false, true, "strong"],
    ["business_card", false, false, "standard"],
    ["business_card", true, false, "standard"], // a card shows who, not that they agreed
    ["paper_form", false, false, "standard"],
    ["paper_form", true, false, "strong"], // the signed form
    ["web_form", false, false, "standard"],
    ["web_form", false, true, "strong"],
    ["double_opt_in", false, false, "strong"],
    ["email_reply", false, false, "strong"],
  ];
  it.each(cases)("%s, file %s, confirmed %s -> %s", (method, hasAttachment, confirmedInWriting, expected) => {
    expect(evidenceStrength({ method, hasAttachment, confirmedInWriting })).toBe(expected);
  });

  it.each<[EvidenceStrength, boolean]>([
    ["weak", true],
    ["standard", false],
    ["strong", false],
  ])("a written confirmation is offered for %s evidence: %s", (strength, offered) => {
    expect(canBeConfirmedInWriting(strength)).toBe(offered);
  });
});

describe("inferNoticeVersion", () => {
  const notices = [
    { version: 1, createdAt: new Date("2026-01-01T00:00:00.000Z") },
    { version: 3, createdAt: new Date("2026-09-01T00:00:00.000Z") },
    { version: 2, createdAt: new Date("2026-05-01T00:00:00.000Z") },
  ];
  const cases: [string, number | null][] = [
    ["2025-12-31T23:00:00.000Z", null], // before the first notice
    ["2026-01-01T00:00:00.000Z", 1],
    ["2025-12-31T23:59:00.000Z", 1], // within the clock allowance
    ["2026-04-30T23:00:00.000Z", 1],
    ["2026-05-01T00:00:00.000Z", 2],
    ["2026-12-01T00:00:00.000Z", 3],
  ];
  it.each(cases)("captured at %s -> version %s", (at, expected) => {
    expect(inferNoticeVersion(notices, new Date(at))).toBe(expected);
  });
  it("a purpose without notices has no current version", () => {
    expect(inferNoticeVersion([], new Date("2026-12-01T00:00:00.000Z"))).toBeNull();
  });
});
