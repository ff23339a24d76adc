import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { normaliseIdentifier } from "@/domain/contact-points/normalise-identifier";
import { suppressionHash, suppressionHashOfNormalised } from "@/domain/contact-points/suppression-hash";

const SALT = "test-salt-0123456789abcdef";

describe("suppressionHash", () => {
  it("is HMAC-SHA256(salt, normalised identifier) in hex", () => {
    const expected = createHmac("sha256", SALT).update("jan@bedrijf.nl").digest("hex");
    expect(suppressionHash("jan@bedrijf.nl", SALT)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is not the unsalted SHA-256 of the address (which a dictionary would reverse)", () => {
    const plain = createHash("sha256").update("jan@bedrijf.nl").digest("hex");
    expect(suppressionHash("jan@bedrijf.nl", SALT)).not.toBe(plain);
  });

  it("gives the same entry for differently written forms of one address", () => {
    expect(suppressionHash("  Jan@Bedrijf.NL ", SALT)).toBe(suppressionHash("jan@bedrijf.nl", SALT));
  });

  it("gives the same entry for differently written forms of one phone number", () => {
    const e164 = suppressionHash("+31612345678", SALT);
    expect(suppressionHash("06 12345678", SALT)).toBe(e164);
    expect(suppressionHash("+31 (0)6-1234 5678", SALT)).toBe(e164);
  });

  it("depends on the salt", () => {
    expect(suppressionHash("jan@bedrijf.nl", SALT)).not.toBe(suppressionHash("jan@bedrijf.nl", `${SALT}x`));
  });

  it("distinguishes different addresses", () => {
    expect(suppressionHash("jan@bedrijf.nl", SALT)).not.toBe(suppressionHash("piet@bedrijf.nl", SALT));
  });

  it("refuses a missing or short salt", () => {
    expect(() => suppressionHash("jan@bedrijf.nl", "")).toThrow(/salt/);
    expect(() => suppressionHash("jan@bedrijf.nl", "short")).toThrow(/salt/);
  });

  it("for an identifier already normalised, is the same entry without normalising again", () => {
    for (const typed of [" Jan@Bedrijf.NL", "06-12345678", "020 123 4567"]) {
      const normalised = normaliseIdentifier(typed)!.value;
      expect(suppressionHashOfNormalised(normalised, SALT)).toBe(suppressionHash(typed, SALT));
    }
  });

  it("refuses something that is neither an address nor a number", () => {
    expect(() => suppressionHash("not an identifier", SALT)).toThrow(/neither/);
    expect(() => suppressionHash("jan@", SALT)).toThrow(/neither/);
  });
});

describe("normaliseIdentifier", () => {
  it("recognises e-mail addresses and phone numbers", () => {
    expect(normaliseIdentifier("Jan@Bedrijf.nl")).toEqual({ kind: "email", value: "jan@bedrijf.nl" });
    expect(normaliseIdentifier("020-1234567")).toEqual({ kind: "phone", value: "+31201234567" });
    expect(normaliseIdentifier("hallo")).toBeNull();
  });
});
