import { describe, expect, it } from "vitest";
import { isValidKvkNumber } from "@/domain/contact-points/is-valid-kvk-number";
import { normaliseKvk } from "@/domain/contact-points/normalise-kvk";

describe("normaliseKvk / isValidKvkNumber", () => {
  it.each([
    ["12345678", "12345678"],
    ["1234 5678", "12345678"],
    [" 12 34 56 78 ", "12345678"],
    ["01234567", "01234567"],
  ])("accepts %j as %j", (raw, expected) => {
    expect(normaliseKvk(raw)).toBe(expected);
    expect(isValidKvkNumber(raw)).toBe(true);
  });

  it.each(["", "1234567", "123456789", "1234-5678", "1234.5678", "KvK 12345678", "abcdefgh", "１２３４５６７８"])(
    "rejects %j",
    (raw) => {
      expect(normaliseKvk(raw)).toBeNull();
      expect(isValidKvkNumber(raw)).toBe(false);
    },
  );

  it("rejects non-strings", () => {
    expect(isValidKvkNumber(null)).toBe(false);
    expect(normaliseKvk(undefined)).toBeNull();
  });
});
