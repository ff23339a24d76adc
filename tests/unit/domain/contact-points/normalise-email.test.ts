import { describe, expect, it } from "vitest";
import { emailLocalPart, normaliseEmail } from "@/domain/contact-points/normalise-email";

describe("normaliseEmail", () => {
  it.each([
    ["jan@bedrijf.nl", "jan@bedrijf.nl"],
    ["  Jan.de.Vries@Bedrijf.NL \n", "jan.de.vries@bedrijf.nl"],
    ["mailto:Info@Bedrijf.nl", "info@bedrijf.nl"],
    ["jan+beurs@bedrijf.nl", "jan+beurs@bedrijf.nl"],
    ["o'brien@example.co.uk", "o'brien@example.co.uk"],
    ["j@sub.domain.example.com", "j@sub.domain.example.com"],
    ["jan@münchen.de", "jan@xn--mnchen-3ya.de"],
    ["jan@xn--mnchen-3ya.de", "jan@xn--mnchen-3ya.de"],
  ])("normalises %j to %j", (raw, expected) => {
    expect(normaliseEmail(raw)).toBe(expected);
  });

  it("is idempotent", () => {
    const once = normaliseEmail(" Jan@Bedrijf.NL ")!;
    expect(normaliseEmail(once)).toBe(once);
  });

  it.each([
    "",
    "   ",
    "jan",
    "jan@",
    "@bedrijf.nl",
    "jan@@bedrijf.nl",
    "jan@bedrijf@nl",
    "jan@bedrijf",
    "jan@bedrijf.n",
    "jan@bedrijf.123",
    "jan@-bedrijf.nl",
    "jan@bedrijf-.nl",
    "jan@bedrijf..nl",
    "jan@bedrijf.nl.",
    ".jan@bedrijf.nl",
    "jan.@bedrijf.nl",
    "j..an@bedrijf.nl",
    "jan de vries@bedrijf.nl",
    '"jan"@bedrijf.nl',
    "jan@[192.168.0.1]",
    "jan@192.168.0.1",
    "jän@bedrijf.nl",
    "Jan <jan@bedrijf.nl>",
    "jan@bedrijf.nl\r\nBcc: x@y.nl",
  ])("rejects %j", (raw) => {
    expect(normaliseEmail(raw)).toBeNull();
  });

  it("rejects non-strings", () => {
    expect(normaliseEmail(null)).toBeNull();
    expect(normaliseEmail(undefined)).toBeNull();
  });

  it("enforces the 64-character local part and 254-character total limits", () => {
    expect(normaliseEmail(`${"a".repeat(64)}@bedrijf.nl`)).not.toBeNull();
    expect(normaliseEmail(`${"a".repeat(65)}@bedrijf.nl`)).toBeNull();
    const longDomain = `${Array.from({ length: 4 }, () => "d".repeat(60)).join(".")}.nl`; // 246 characters
    expect(normaliseEmail(`abcdefgh@${longDomain}`)).toBeNull();
    expect(normaliseEmail(`abcdefg@${longDomain}`)).toHaveLength(254);
  });
});

describe("emailLocalPart", () => {
  it("returns the normalised part before the @", () => {
    expect(emailLocalPart(" Info@Bedrijf.nl")).toBe("info");
  });
  it("returns null for something that is no address", () => {
    expect(emailLocalPart("info")).toBeNull();
  });
});
