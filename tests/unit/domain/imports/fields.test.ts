import { describe, expect, it } from "vitest";
import { matchHeader, proposeMapping, detectDelimiter } from "@/domain/imports";

describe("header matching", () => {
  it.each([
    ["Voornaam", "firstName"],
    ["First name", "firstName"],
    ["ACHTERNAAM", "lastName"],
    ["E-mail", "email"],
    ["e-mailadres", "email"],
    ["Email address", "email"],
    ["Telefoon", "phone"],
    ["Mobiel", "mobile"],
    ["Bedrijf", "company"],
    ["Company", "company"],
    ["KvK-nummer", "kvkNumber"],
    ["KvK", "kvkNumber"],
    ["Postcode", "postalCode"],
    ["Plaats", "city"],
    ["consentCapturedAt", "consentCapturedAt"],
    ["Grondslag", "basis"],
    ["Functie", "jobTitle"],
    ["Gepubliceerd voor", "publishedForPurpose"],
    ["publishedForPurpose", "publishedForPurpose"],
  ])("%s -> %s", (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it("leaves unknown headers unmapped", () => {
    expect(matchHeader("Schoenmaat")).toBeNull();
  });

  it("maps each field once: a second e-mail column is left to the user", () => {
    expect(proposeMapping(["E-mail", "Naam", "Email"])).toEqual(["email", "fullName", null]);
  });
});

describe("delimiter detection", () => {
  it("finds semicolons, commas and tabs outside quotes", () => {
    expect(detectDelimiter("Voornaam;Achternaam;E-mail")).toBe(";");
    expect(detectDelimiter('"Naam, volledig",E-mail,Telefoon')).toBe(",");
    expect(detectDelimiter('"a;b;c"\tx\ty')).toBe("\t");
  });
});
