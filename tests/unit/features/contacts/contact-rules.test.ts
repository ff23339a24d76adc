import { describe, expect, it } from "vitest";
import {
  checkCompany,
  checkEmails,
  checkPhones,
  checkPostalAddress,
  checkSource,
  SOURCES_NEEDING_DETAIL,
} from "@/features/contacts/rules/contact-rules";
import { checkContactDraft } from "@/features/contacts/rules/check-contact-draft";
import { SOURCE_TYPES } from "@/domain/vocabulary";

const now = new Date("2026-05-01T12:00:00Z");
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe("e-mail addresses", () => {
  it("normalises and merges duplicates", () => {
    const r = checkEmails(
      [
        { address: " Jan@Bedrijf.NL", kind: "personal" },
        { address: "jan@bedrijf.nl", kind: "generic" },
      ],
      now,
    );
    expect(r.problems).toEqual([]);
    expect(r.emails).toEqual([
      {
        address: "Jan@Bedrijf.NL",
        normalised: "jan@bedrijf.nl",
        kind: "personal",
        designationWhere: null,
        designationSeenAt: null,
      },
    ]);
  });

  it("names an invalid address by its position", () => {
    expect(
      fields(
        checkEmails(
          [
            { address: "ok@x.nl", kind: "personal" },
            { address: "nope", kind: "personal" },
          ],
          now,
        ).problems,
      ),
    ).toEqual(["emails.1.address"]);
  });

  it("requires evidence of where an address was designated for commercial mail (Tw art. 11.7)", () => {
    const missing = checkEmails([{ address: "acquisitie@x.nl", kind: "designated_commercial" }], now);
    expect(missing.problems.map((p) => p.key)).toEqual(["contacts.errors.designationWhere"]);
    const ok = checkEmails(
      [{ address: "acquisitie@x.nl", kind: "designated_commercial", designation: { where: "x.nl/contact" } }],
      now,
    );
    expect(ok.emails[0]).toMatchObject({ designationWhere: "x.nl/contact", designationSeenAt: now });
  });

  it("refuses a designation seen in the future, and drops designation data on other kinds", () => {
    const future = checkEmails(
      [
        {
          address: "a@x.nl",
          kind: "designated_commercial",
          designation: { where: "site", seenAt: new Date("2027-01-01") },
        },
      ],
      now,
    );
    expect(fields(future.problems)).toEqual(["emails.0.designation.seenAt"]);
    const personal = checkEmails([{ address: "a@x.nl", kind: "personal", designation: { where: "site" } }], now);
    expect(personal.emails[0].designationWhere).toBeNull();
  });
});

describe("phone numbers", () => {
  it("stores Dutch local forms as E.164 and merges duplicates", () => {
    const r = checkPhones([
      { number: "06-12345678", kind: "mobile" },
      { number: "+31 6 1234 5678", kind: "mobile" },
      { number: "030 123 4567", kind: "general" },
    ]);
    expect(r.phones).toEqual([
      { e164: "+31612345678", kind: "mobile" },
      { e164: "+31301234567", kind: "general" },
    ]);
  });

  it("names an invalid number", () => {
    expect(checkPhones([{ number: "12345", kind: "direct" }]).problems.map((p) => [p.field, p.key])).toEqual([
      ["phones.0.number", "validation.phone"],
    ]);
  });

  it("takes a number already parsed by the caller instead of parsing it again", () => {
    // The given parse deliberately differs from what the typed number reads as: the rules must
    // answer from the parse, which is how an import row's number is parsed only once.
    const parsed = {
      e164: "+31201234567",
      type: "fixed" as const,
      country: "NL",
      extension: null,
      suggestedKind: null,
    };
    const r = checkPhones([{ number: "06 12345678", kind: "direct", parsed }]);
    expect(r).toEqual({ problems: [], phones: [{ e164: "+31201234567", kind: "direct" }] });
    // Without a parse, the same number is parsed as before.
    expect(checkPhones([{ number: "06 12345678", kind: "direct" }]).phones).toEqual([
      { e164: "+31612345678", kind: "direct" },
    ]);
  });
});

describe("company", () => {
  it("accepts a KvK number with spaces and refuses other lengths", () => {
    expect(checkCompany({ legalForm: "bv", kvkNumber: "1234 5678" })).toEqual({ problems: [], kvkNumber: "12345678" });
    expect(fields(checkCompany({ legalForm: "bv", kvkNumber: "123456789" }).problems)).toEqual(["company.kvkNumber"]);
  });

  it("accepts the legal form 'none': someone acting without a legal entity", () => {
    expect(checkCompany({ legalForm: "none" }).problems).toEqual([]);
    expect(checkCompany(null).problems).toEqual([]);
  });
});

describe("provenance (AVG art. 14 lid 2 sub f)", () => {
  it.each(SOURCE_TYPES)("source %s: detail required only where it names the source", (type) => {
    const problems = checkSource({ type, detail: null, publishedForPurpose: "service" }, now);
    expect(problems.some((p) => p.field === "source.detail")).toBe(SOURCES_NEEDING_DETAIL.includes(type));
  });

  it("a public source needs the purpose it was published for (art. 5 lid 1 sub b)", () => {
    expect(fields(checkSource({ type: "public_source", detail: "https://x.nl/team" }, now))).toEqual([
      "source.publishedForPurpose",
    ]);
    expect(
      checkSource({ type: "public_source", detail: "https://x.nl/team", publishedForPurpose: "service" }, now),
    ).toEqual([]);
  });

  it("collection cannot lie in the future", () => {
    expect(fields(checkSource({ type: "manual", collectedAt: new Date("2026-06-01") }, now))).toEqual([
      "source.collectedAt",
    ]);
  });
});

describe("postal address", () => {
  it("normalises a Dutch postcode and refuses a malformed one", () => {
    expect(
      checkPostalAddress({ street: "Kerkstraat 1", postalCode: "1234ab", city: "X", country: "NL" }).address
        ?.postalCode,
    ).toBe("1234 AB");
    expect(
      fields(checkPostalAddress({ street: "Kerkstraat 1", postalCode: "0123 AB", city: "X", country: "NL" }).problems),
    ).toEqual(["postalAddress.postalCode"]);
    expect(
      fields(checkPostalAddress({ street: "Kerkstraat 1", postalCode: "1234 SS", city: "X", country: "NL" }).problems),
    ).toEqual(["postalAddress.postalCode"]);
  });

  it("leaves foreign postcodes alone", () => {
    expect(
      checkPostalAddress({ street: "Hauptstr. 1", postalCode: "10115", city: "Berlin", country: "DE" }).problems,
    ).toEqual([]);
  });
});

describe("checkContactDraft", () => {
  it("reports every problem at once", () => {
    const r = checkContactDraft(
      {
        company: { name: "X", legalForm: "bv", kvkNumber: "1" },
        emails: [{ address: "x", kind: "personal" }],
        phones: [{ number: "1", kind: "direct" }],
        source: { type: "referral" },
      },
      now,
    );
    expect(fields(r.problems)).toEqual(["company.kvkNumber", "emails.0.address", "phones.0.number", "source.detail"]);
  });
});
