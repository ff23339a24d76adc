import { describe, expect, it } from "vitest";
import { pickLanguage } from "@/features/signups/pick-language";

describe("the language of a public sign-up page", () => {
  it("follows the link, then the visitor, when the form offers that language", () => {
    expect(pickLanguage(["nl", "en"], "en", "nl")).toBe("en");
    expect(pickLanguage(["nl", "en"], undefined, "en")).toBe("en");
    expect(pickLanguage(["nl", "en"], "de", "nl")).toBe("nl");
  });

  it("falls back to the form's first language when it does not offer the one asked", () => {
    expect(pickLanguage(["en"], "nl", "nl")).toBe("en");
    expect(pickLanguage(["nl"], "en", "en")).toBe("nl");
  });
});
