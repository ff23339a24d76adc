import { describe, expect, it } from "vitest";
import { validateImportRow } from "@/domain/imports";

const now = new Date("2026-05-01T12:00:00Z");
const file = { type: "event" as const, detail: "Horecava 2026" };
const codes = (issues: { field: string; code: string }[]) => issues.map((i) => `${i.field}:${i.code}`);

describe("per-row validation", () => {
  it("reads a complete row", () => {
    const r = validateImportRow(
      {
        firstName: " Jan ",
        lastName: "de Vries",
        email: "Jan@Acme.nl",
        phone: "06 12345678",
        company: "Acme",
        legalForm: "B.V.",
        kvkNumber: "1234 5678",
        street: "Keizersgracht 1",
        postalCode: "1015aa",
        city: "Amsterdam",
      },
      file,
      now,
    );
    expect(r.problems).toEqual([]);
    expect(r.draft).toMatchObject({
      firstName: "Jan",
      lastName: "de Vries",
      emails: [{ address: "Jan@Acme.nl", kind: "personal" }],
      phones: [{ number: "06 12345678", kind: "mobile" }],
      company: { name: "Acme", legalForm: "bv", kvkNumber: "1234 5678" },
      postalAddress: { street: "Keizersgracht 1", postalCode: "1015aa", city: "Amsterdam", country: "NL" },
      source: { type: "event", detail: "Horecava 2026", collectedAt: null },
      consent: null,
    });
  });

  it("names every problem by column", () => {
    const r = validateImportRow({ email: "geen-adres", phone: "12", legalForm: "plc", company: "X" }, file, now);
    expect(r.draft).toBeNull();
    expect(codes(r.problems)).toEqual([
      "lastName:required",
      "firstName:required",
      "email:invalid_email",
      "phone:invalid_phone",
      "legalForm:invalid_legal_form",
    ]);
  });

  it("reads the publication purpose of a public source, and only of a public source", () => {
    const cells = { fullName: "A B", publishedForPurpose: " service_calls " };
    const published = validateImportRow(cells, { type: "public_source", detail: "kvk.nl" }, now);
    expect(published.draft?.source.publishedForPurpose).toBe("service_calls");
    const card = validateImportRow(cells, { type: "business_card", detail: null }, now);
    expect(card.draft?.source.publishedForPurpose).toBeNull();
  });

  it("splits a full-name column", () => {
    const r = validateImportRow({ fullName: "Sanne van Dijk" }, file, now);
    expect(r.draft).toMatchObject({ firstName: "Sanne", lastName: "van Dijk" });
  });

  it("suggests generic for info@ and direct for fixed lines", () => {
    const r = validateImportRow({ fullName: "A B", email: "info@acme.nl", phone: "020 123 4567" }, file, now);
    expect(r.draft?.emails[0].kind).toBe("generic");
    expect(r.draft?.phones[0].kind).toBe("direct");
  });

  it("hands on its parse of each number, so the contact rules need not parse it again", () => {
    const r = validateImportRow({ fullName: "A B", phone: "020 123 4567", mobile: "06 12345678" }, file, now);
    expect(r.draft?.phones.map((p) => p.parsed.e164)).toEqual(["+31201234567", "+31612345678"]);
  });

  it("reads consent columns", () => {
    const r = validateImportRow(
      {
        fullName: "A B",
        consentPurpose: "newsletter",
        consentMethod: "visitekaartje",
        consentCapturedAt: "12-03-2026",
        consentLocation: "stand 12",
        consentStatement: "Ja, stuur maar",
        consentNoticeVersion: "2",
      },
      file,
      now,
    );
    expect(r.problems).toEqual([]);
    expect(r.draft?.consent).toEqual({
      purpose: "newsletter",
      method: "business_card",
      capturedAt: new Date("2026-03-12T12:00:00Z"),
      location: "stand 12",
      statement: "Ja, stuur maar",
      noticeVersion: 2,
    });
  });

  it("refuses incomplete consent columns", () => {
    const r = validateImportRow(
      { fullName: "A B", consentPurpose: "newsletter", consentMethod: "rooksignaal" },
      file,
      now,
    );
    expect(codes(r.problems)).toEqual(["consentMethod:invalid_method", "consentCapturedAt:required"]);
  });

  it("never reads consent from a purchased list, and warns", () => {
    const r = validateImportRow(
      { fullName: "A B", consentPurpose: "newsletter", consentMethod: "web_form", consentCapturedAt: "2026-01-01" },
      { type: "purchased_list", detail: "Lijst van leverancier X" },
      now,
    );
    expect(r.draft?.consent).toBeNull();
    expect(codes(r.warnings)).toEqual(["consentPurpose:consent_ignored_purchased_list"]);
  });

  it("keeps a purchased list a purchased list whatever the row says", () => {
    const r = validateImportRow(
      { fullName: "A B", sourceType: "web_form", consentPurpose: "newsletter" },
      { type: "purchased_list", detail: "X" },
      now,
    );
    expect(r.draft?.source.type).toBe("purchased_list");
    expect(codes(r.warnings)).toContain("sourceType:source_kept_purchased_list");
  });

  it("takes a row's own source otherwise", () => {
    const r = validateImportRow({ fullName: "A B", sourceType: "Beurs", sourceDetail: "Vakbeurs" }, file, now);
    expect(r.draft?.source).toMatchObject({ type: "event", detail: "Vakbeurs" });
  });

  it("reads a legal basis", () => {
    const r = validateImportRow(
      { fullName: "A B", basis: "gerechtvaardigd belang", basisPurpose: "events", balancingNote: "Bestaande klant" },
      file,
      now,
    );
    expect(r.draft?.basis).toEqual({
      purpose: "events",
      basis: "legitimate_interest",
      balancingNote: "Bestaande klant",
    });
  });

  it("warns about an incomplete address instead of refusing the person", () => {
    const r = validateImportRow({ fullName: "A B", street: "", postalCode: "2611 AB", city: "Delft" }, file, now);
    expect(r.draft?.postalAddress).toBeNull();
    expect(codes(r.warnings)).toEqual(["street:address_incomplete"]);
  });

  it("does not warn on every row of a file that has a city column but no address columns", () => {
    const r = validateImportRow({ fullName: "A B", city: "Delft" }, file, now);
    expect(r.draft?.postalAddress).toBeNull();
    expect(r.warnings).toEqual([]);
  });
});
