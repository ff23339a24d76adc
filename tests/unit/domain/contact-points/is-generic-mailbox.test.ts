import { describe, expect, it } from "vitest";
import { isGenericMailbox } from "@/domain/contact-points/is-generic-mailbox";
import { suggestEmailKind } from "@/domain/contact-points/suggest-email-kind";

describe("isGenericMailbox", () => {
  it.each([
    "info",
    "sales",
    "inkoop",
    "contact",
    "office",
    "admin",
    "support",
    "hello",
    "marketing",
    "administratie",
    "receptie",
    "INFO",
    " Verkoop ",
    "no-reply",
    "noreply",
    "facturen",
    "klantenservice",
    "hr",
    "vacatures",
  ])("recognises %j as a company mailbox", (local) => {
    expect(isGenericMailbox(local)).toBe(true);
  });

  it.each(["sales.benelux", "info-nl", "support_eu", "info+nieuwsbrief", "inkoop.zuid"])(
    "recognises a generic first word in %j",
    (local) => {
      expect(isGenericMailbox(local)).toBe(true);
    },
  );

  it.each(["jan", "jan.devries", "j.devries", "jan.sales", "petra-info", "informant", "salesforce", "infoman", ""])(
    "treats %j as personal",
    (local) => {
      expect(isGenericMailbox(local)).toBe(false);
    },
  );

  it("accepts a full address and looks at the local part only", () => {
    expect(isGenericMailbox("info@jan.nl")).toBe(true);
    expect(isGenericMailbox("jan@info.nl")).toBe(false);
  });
});

describe("suggestEmailKind", () => {
  it("suggests generic for company mailboxes", () => {
    expect(suggestEmailKind("Inkoop@Bedrijf.nl")).toBe("generic");
  });
  it("suggests personal for a person's address", () => {
    expect(suggestEmailKind("jan.devries@bedrijf.nl")).toBe("personal");
  });
  it("never suggests designated_commercial, even for acquisitie@ (designation needs evidence)", () => {
    expect(suggestEmailKind("acquisitie@bedrijf.nl")).toBe("generic");
  });
  it("returns null for an invalid address", () => {
    expect(suggestEmailKind("info@")).toBeNull();
  });
});
