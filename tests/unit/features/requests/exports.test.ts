import { describe, expect, it } from "vitest";
import { parseControllerAddress, toControllerInfo } from "@/features/requests/exports/controller-info";
import { portabilityCsv } from "@/features/requests/exports/portability-csv";
import { toExportableConsents } from "@/features/requests/exports/to-exportable-consents";
import { ZMoment } from "@/features/requests/schemas";

describe("parseControllerAddress", () => {
  it.each([
    [
      "Keizersgracht 1, 1015 AA Amsterdam",
      { streetAddress: "Keizersgracht 1", postalCode: "1015 AA", addressLocality: "Amsterdam" },
    ],
    [
      "Keizersgracht 1\n1015aa  Amsterdam",
      { streetAddress: "Keizersgracht 1", postalCode: "1015 AA", addressLocality: "Amsterdam" },
    ],
    ["Postbus 12 3500 AA Utrecht", { streetAddress: "Postbus 12", postalCode: "3500 AA", addressLocality: "Utrecht" }],
    ["1 Main Street, London", { streetAddress: "1 Main Street, London", postalCode: "", addressLocality: "" }],
    ["", { streetAddress: "", postalCode: "", addressLocality: "" }],
  ])("%j", (raw, expected) => {
    expect(parseControllerAddress(raw)).toEqual({ ...expected, addressCountry: "NL" });
  });

  it("derives the controller's URL from the policy URL and survives a bad one", () => {
    const base = {
      organisationName: "V",
      controllerEmail: "p@v.nl",
      controllerAddress: "",
      controllerPhone: "",
      privacyPolicyUrl: "https://v.nl/privacy",
    };
    expect(toControllerInfo(base, "DPO").url).toBe("https://v.nl");
    expect(toControllerInfo({ ...base, privacyPolicyUrl: "not a url" }, "DPO").url).toBeNull();
  });
});

describe("toExportableConsents", () => {
  const purpose = { key: "news", nameNl: "Nieuws", nameEn: "News", dpvPurpose: "dpv:DirectMarketing" };
  const row = (over: object) => ({
    id: "a",
    purpose,
    notice: { version: 1 },
    channels: ["email"],
    action: "granted" as const,
    method: "web_form",
    effectiveAt: new Date("2026-01-01T00:00:00Z"),
    recordedAt: new Date("2026-01-01T00:00:00Z"),
    correctsId: null,
    invalidates: false,
    ...over,
  });

  it("marks a record invalidated by a later correction, and sets expiry from the consent lifetime", () => {
    const out = toExportableConsents("c", [row({}), row({ id: "b", correctsId: "a", invalidates: true })], {
      language: "en",
      consentLifetimeDays: 10,
    });
    expect(out[0].status).toBe("invalidated");
    expect(out[1].status).toBeUndefined();
    expect(out[0].expiresAt).toEqual(new Date("2026-01-11T00:00:00Z"));
    expect(out[0].purpose.name).toBe("News");
  });
});

describe("portabilityCsv", () => {
  it("flattens every table into subject, table, row, field, value; arrays joined; bytes and receipts left out", () => {
    const csv = portabilityCsv([
      {
        contact: { firstName: "Anna", lastName: "de Vries, jr." },
        emailAddresses: [{ address: "a@b.nl", kind: "personal" }],
        consentHistory: [
          { id: "x", channels: ["email", "sms"], attachments: [{ fileName: "k.jpg", dataBase64: "AAAA" }] },
        ],
        company: null,
        consentReceipts: [{ version: "KI-CR-v1.1.0" }],
      },
    ]);
    const lines = csv
      .replace(/^\ufeff/, "")
      .trim()
      .split("\n");
    expect(lines[0]).toBe("subject,table,row,field,value");
    expect(lines).toContain('1,contact,1,lastName,"de Vries, jr."');
    expect(lines).toContain("1,emailAddresses,1,address,a@b.nl");
    expect(lines).toContain("1,consentHistory,1,channels,email|sms");
    expect(lines).toContain("1,consentHistory,1,attachments[0].fileName,k.jpg");
    expect(csv).not.toContain("AAAA");
    expect(csv).not.toContain("KI-CR");
  });
});

describe("ZMoment", () => {
  it("reads a datetime-local value as Amsterdam wall time, and ISO strings as they are", () => {
    expect(ZMoment.parse("2026-07-01T10:00")).toEqual(new Date("2026-07-01T08:00:00Z"));
    expect(ZMoment.parse("2026-01-15T10:00")).toEqual(new Date("2026-01-15T09:00:00Z"));
    expect(ZMoment.parse("2026-01-15T10:00:00Z")).toEqual(new Date("2026-01-15T10:00:00Z"));
    expect(ZMoment.safeParse("gisteren").success).toBe(false);
  });
});
