import { describe, expect, it } from "vitest";
import { consentStatusOf, toIso27560Record } from "@/domain/exports/to-iso27560-record";
import { exportContext, grantedRecord } from "./fixtures";

describe("toIso27560Record", () => {
  const record = toIso27560Record(grantedRecord({ channels: ["email", "post"] }), exportContext());

  it("carries the ISO/IEC TS 27560 header fields", () => {
    expect(record).toMatchObject({
      schemaVersion: "ISO/IEC TS 27560:2023",
      recordId: "cr_01JX3Z8Q4V9F",
      piiPrincipalId: "ct_01JX3Z7M2K1A",
      language: "nl",
      jurisdiction: "NL",
    });
  });

  it("declares the current w3id.org DPV namespaces", () => {
    expect(record.namespaces).toEqual({
      dpv: "https://w3id.org/dpv#",
      "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
      pd: "https://w3id.org/dpv/pd#",
    });
  });

  it("points at the notice version shown", () => {
    expect(record.notice).toEqual({
      purposeKey: "newsletter",
      version: 3,
      url: "https://voorbeeld.nl/privacy/nieuwsbrief/v3",
    });
  });

  it("names the purpose, the lawful basis in DPV and GDPR terms, and the personal data", () => {
    expect(record.purpose).toEqual({
      purposeId: "newsletter",
      purpose: "Nieuwsbrief",
      purposeType: "dpv:DirectMarketing",
      lawfulBasis: "dpv:Consent",
      lawfulBasisGdpr: "eu-gdpr:A6-1-a",
      channels: ["email", "post"],
      piiInformation: [{ piiType: "pd:EmailAddress" }, { piiType: "pd:PhysicalAddress" }],
    });
  });

  it("identifies the controller as dpv:DataController", () => {
    expect(record.piiControllers[0]).toMatchObject({
      partyName: "Voorbeeld B.V.",
      partyRole: "dpv:DataController",
      partyEmail: "privacy@voorbeeld.nl",
      partyUrl: "https://voorbeeld.nl",
    });
  });

  it("records the collection and withdrawal methods", () => {
    expect(record.collectionMethod).toEqual({
      method: "double_opt_in",
      description: expect.stringMatching(/double opt-in/),
    });
    expect(record.withdrawalMethod).toContain("immediate effect");
  });

  it("records a grant as an event with its time, state and open-ended validity", () => {
    expect(record.event).toEqual({
      eventTime: "2026-05-12T09:30:15.678Z",
      eventType: "dpv:ExpressedConsent",
      eventState: "dpv:ConsentGiven",
      validity: { validFrom: "2026-05-12T09:30:15.678Z", validUntil: null },
      entityId: "ct_01JX3Z7M2K1A",
      recordedAt: "2026-05-12T09:30:16.001Z",
    });
  });

  it("records a withdrawal as dpv:ConsentWithdrawn, ending validity at that moment", () => {
    const withdrawn = toIso27560Record(
      grantedRecord({ action: "withdrawn", effectiveAt: new Date("2026-08-01T12:00:00Z") }),
      exportContext(),
    );
    expect(withdrawn.event.eventState).toBe("dpv:ConsentWithdrawn");
    expect(withdrawn.event.validity).toEqual({ validFrom: null, validUntil: "2026-08-01T12:00:00.000Z" });
  });

  it("reports a consent past its lifetime at export time as dpv:ConsentExpired", () => {
    const expiresAt = new Date("2027-05-12T00:00:00Z");
    const before = toIso27560Record(
      grantedRecord({ expiresAt }),
      exportContext({ at: new Date("2027-01-01T00:00:00Z") }),
    );
    const after = toIso27560Record(
      grantedRecord({ expiresAt }),
      exportContext({ at: new Date("2027-06-01T00:00:00Z") }),
    );
    expect(before.event.eventState).toBe("dpv:ConsentGiven");
    expect(after.event.eventState).toBe("dpv:ConsentExpired");
    expect(after.event.validity.validUntil).toBe("2027-05-12T00:00:00.000Z");
  });

  it("uses an explicit status when one is derived elsewhere", () => {
    expect(toIso27560Record(grantedRecord({ status: "invalidated" }), exportContext()).event.eventState).toBe(
      "dpv:ConsentInvalidated",
    );
    expect(toIso27560Record(grantedRecord({ status: "refused" }), exportContext()).event.eventState).toBe(
      "dpv:ConsentRefused",
    );
  });

  it("survives a JSON round trip unchanged (no Dates or undefined inside)", () => {
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });
});

describe("consentStatusOf", () => {
  it("derives the state from the action and expiry", () => {
    expect(consentStatusOf(grantedRecord())).toBe("given");
    expect(consentStatusOf(grantedRecord({ action: "withdrawn" }))).toBe("withdrawn");
    const expiresAt = new Date("2027-01-01T00:00:00Z");
    expect(consentStatusOf(grantedRecord({ expiresAt }), expiresAt)).toBe("expired");
    expect(consentStatusOf(grantedRecord({ expiresAt }))).toBe("given");
  });
});
