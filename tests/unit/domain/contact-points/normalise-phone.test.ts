import { describe, expect, it } from "vitest";
import { normalisePhone } from "@/domain/contact-points/normalise-phone";

describe("normalisePhone", () => {
  it.each([
    ["06 12345678", "+31612345678", "mobile"],
    ["06-12345678", "+31612345678", "mobile"],
    ["+31 6 1234 5678", "+31612345678", "mobile"],
    ["+31 (0)6 1234 5678", "+31612345678", "mobile"],
    ["020-1234567", "+31201234567", "fixed"],
    ["(020) 123 45 67", "+31201234567", "fixed"],
    ["+31 (0)20 123 4567", "+31201234567", "fixed"],
    ["0031 20 1234567", "+31201234567", "fixed"],
    ["+31201234567", "+31201234567", "fixed"],
    ["0800-1234", "+318001234", "toll_free"],
    ["0900-1234567", "+319001234567", "premium_rate"],
    ["085 1234567", "+31851234567", "voip"],
    ["+32 2 555 12 12", "+3225551212", "fixed"],
  ])("parses %j as %s (%s)", (raw, e164, type) => {
    expect(normalisePhone(raw)).toMatchObject({ e164, type });
  });

  it("suggests the kind mobile for mobile numbers, and no kind for fixed lines", () => {
    expect(normalisePhone("06 12345678")?.suggestedKind).toBe("mobile");
    expect(normalisePhone("020 1234567")?.suggestedKind).toBeNull();
  });

  it("reports the number's country", () => {
    expect(normalisePhone("020 1234567")?.country).toBe("NL");
    expect(normalisePhone("+49 30 123456")?.country).toBe("DE");
  });

  it("keeps an extension apart from the E.164 number", () => {
    expect(normalisePhone("+31 20 123 4567 ext. 12")).toMatchObject({ e164: "+31201234567", extension: "12" });
    expect(normalisePhone("020 1234567")?.extension).toBeNull();
  });

  it("uses the default country for national forms", () => {
    expect(normalisePhone("030 123 4567", "BE")).toBeNull(); // not a Belgian number
    expect(normalisePhone("02 555 12 12", "BE")?.e164).toBe("+3225551212");
  });

  it("is idempotent on its own output", () => {
    const once = normalisePhone("06 12345678")!;
    expect(normalisePhone(once.e164)?.e164).toBe(once.e164);
  });

  it.each(["", "   ", "abc", "06 1234", "12", "+31 6 1234 5678 9999 0000", "x".repeat(100), "06 1234567890123"])(
    "rejects %j",
    (raw) => {
      expect(normalisePhone(raw)).toBeNull();
    },
  );

  it("rejects non-strings", () => {
    expect(normalisePhone(null)).toBeNull();
    expect(normalisePhone(undefined)).toBeNull();
  });
  it("answers a number read again the same, and a caller's change to one answer does not reach the next", () => {
    const first = normalisePhone("06 12345678")!;
    first.e164 = "+31000000000";
    expect(normalisePhone("06 12345678")).toEqual({
      e164: "+31612345678",
      type: "mobile",
      country: "NL",
      extension: null,
      suggestedKind: "mobile",
    });
    // The same digits read with another default country are another question.
    expect(normalisePhone("0612345678", "BE")?.country).not.toBe("NL");
    expect(normalisePhone("0612345678", "NL")?.country).toBe("NL");
  });
});
