import { compileKantaraSchema } from "../../../support/kantara-schema";
import { describe, expect, it } from "vitest";
import { toKantaraReceipt } from "@/domain/exports/to-kantara-receipt";
import { CONSENT_METHODS } from "@/domain/vocabulary";
import { exportContext, grantedRecord } from "./fixtures";

const validate = compileKantaraSchema();
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe("toKantaraReceipt: validates against the Kantara v1.1 schema", () => {
  it.each(CONSENT_METHODS)("a receipt for a %s consent is valid", (method) => {
    const receipt = toKantaraReceipt(grantedRecord({ method }), exportContext());
    const valid = validate(clone(receipt));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("a receipt without the optional controller URL and with several channels is valid", () => {
    const receipt = toKantaraReceipt(
      grantedRecord({ channels: ["email", "sms", "phone", "post"] }),
      exportContext({ controller: { ...exportContext().controller, url: null }, withdrawalUrl: null }),
    );
    expect(receipt.piiControllers[0]).not.toHaveProperty("piiControllerUrl");
    expect(validate(clone(receipt))).toBe(true);
  });
});

describe("toKantaraReceipt: the schema check can fail", () => {
  const good = () => clone(toKantaraReceipt(grantedRecord(), exportContext()));

  it("rejects consentTimestamp in milliseconds as a float", () => {
    const receipt = good();
    receipt.consentTimestamp = grantedRecord().effectiveAt.getTime() + 0.5;
    expect(validate(receipt)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain("/consentTimestamp");
  });

  it.each(["piiController", "contact", "address", "email", "phone"])("rejects a controller without %s", (field) => {
    const receipt = good() as unknown as { piiControllers: Record<string, unknown>[] };
    delete receipt.piiControllers[0][field];
    expect(validate(receipt)).toBe(false);
  });

  it("rejects an address given as a string instead of an object", () => {
    const receipt = good() as unknown as { piiControllers: Record<string, unknown>[] };
    receipt.piiControllers[0].address = "Keizersgracht 1, Amsterdam";
    expect(validate(receipt)).toBe(false);
  });

  it("rejects a purpose without thirdPartyDisclosure", () => {
    const receipt = good() as unknown as { services: { purposes: Record<string, unknown>[] }[] };
    delete receipt.services[0].purposes[0].thirdPartyDisclosure;
    expect(validate(receipt)).toBe(false);
  });

  it.each(["version", "jurisdiction", "policyUrl", "sensitive", "spiCat", "piiPrincipalId"])(
    "rejects a receipt without %s",
    (field) => {
      const receipt = good() as unknown as Record<string, unknown>;
      delete receipt[field];
      expect(validate(receipt)).toBe(false);
    },
  );
});

describe("toKantaraReceipt: content", () => {
  const receipt = toKantaraReceipt(grantedRecord({ channels: ["email", "sms", "phone"] }), exportContext());

  it("states the version and defaults the jurisdiction to NL", () => {
    expect(receipt.version).toBe("KI-CR-v1.1.0");
    expect(receipt.jurisdiction).toBe("NL");
  });

  it("gives the consent time in whole epoch seconds (rounded down), not milliseconds", () => {
    expect(receipt.consentTimestamp).toBe(1778578215); // 2026-05-12T09:30:15.678Z
    expect(Number.isInteger(receipt.consentTimestamp)).toBe(true);
  });

  it("uses the record id as receipt id and the contact id as principal, unless told otherwise", () => {
    expect(receipt.consentReceiptID).toBe("cr_01JX3Z8Q4V9F");
    expect(receipt.piiPrincipalId).toBe("ct_01JX3Z7M2K1A");
    const other = toKantaraReceipt(grantedRecord(), exportContext({ receiptId: "r-1", principalId: "jan@bedrijf.nl" }));
    expect([other.consentReceiptID, other.piiPrincipalId]).toEqual(["r-1", "jan@bedrijf.nl"]);
  });

  it("describes the controller with a structured address", () => {
    expect(receipt.piiControllers).toEqual([
      {
        piiController: "Voorbeeld B.V.",
        onBehalf: false,
        contact: "Functionaris gegevensbescherming",
        address: {
          streetAddress: "Keizersgracht 1",
          postalCode: "1015 AA",
          addressLocality: "Amsterdam",
          addressCountry: "NL",
        },
        email: "privacy@voorbeeld.nl",
        phone: "+31201234567",
        piiControllerUrl: "https://voorbeeld.nl",
      },
    ]);
    expect(receipt.policyUrl).toBe("https://voorbeeld.nl/privacy");
  });

  it("names the purpose, its channels, its DPV category and the data each channel uses", () => {
    const [service] = receipt.services;
    expect(service.service).toBe("Nieuwsbrief");
    expect(service.purposes).toEqual([
      expect.objectContaining({
        purpose: "Nieuwsbrief (email, sms, phone)",
        consentType: "EXPLICIT",
        purposeCategory: ["dpv:DirectMarketing"],
        piiCategory: ["pd:EmailAddress", "pd:TelephoneNumber"],
        primaryPurpose: true,
        thirdPartyDisclosure: false,
      }),
    ]);
  });

  it("says how to withdraw (art. 7 lid 3)", () => {
    const { termination } = receipt.services[0].purposes[0];
    expect(termination).toContain("unsubscribe link");
    expect(termination).toContain("https://voorbeeld.nl/voorkeuren");
    expect(termination).toContain("privacy@voorbeeld.nl");
  });

  it("marks the data as not sensitive, with no special categories", () => {
    expect([receipt.sensitive, receipt.spiCat]).toEqual([false, []]);
  });

  it("describes the collection method in words", () => {
    expect(receipt.collectionMethod).toMatch(/double opt-in/);
  });

  it("refuses to make a receipt of a withdrawal", () => {
    expect(() => toKantaraReceipt(grantedRecord({ action: "withdrawn" }), exportContext())).toThrow(RangeError);
  });
});
