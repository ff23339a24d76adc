import { describe, expect, it } from "vitest";
import {
  CONSENT_STATUS_TERMS,
  CONSENT_STATUSES,
  expandDpvTerm,
  LEGAL_BASIS_TERMS,
  personalDataForChannels,
} from "@/domain/exports/dpv-terms";
import { CHANNELS, LEGAL_BASES } from "@/domain/vocabulary";

describe("DPV terms", () => {
  it("maps every legal basis to its DPV concept and GDPR article", () => {
    expect(Object.keys(LEGAL_BASIS_TERMS).sort()).toEqual([...LEGAL_BASES].sort());
    expect(LEGAL_BASIS_TERMS).toEqual({
      consent: { dpv: "dpv:Consent", gdpr: "eu-gdpr:A6-1-a" },
      contract: { dpv: "dpv:Contract", gdpr: "eu-gdpr:A6-1-b" },
      legal_obligation: { dpv: "dpv:LegalObligation", gdpr: "eu-gdpr:A6-1-c" },
      legitimate_interest: { dpv: "dpv:LegitimateInterest", gdpr: "eu-gdpr:A6-1-f" },
    });
  });

  it("maps the five consent states", () => {
    expect(CONSENT_STATUSES.map((s) => CONSENT_STATUS_TERMS[s])).toEqual([
      "dpv:ConsentGiven",
      "dpv:ConsentWithdrawn",
      "dpv:ConsentExpired",
      "dpv:ConsentInvalidated",
      "dpv:ConsentRefused",
    ]);
  });

  it("expands compact terms to w3id.org IRIs", () => {
    expect(expandDpvTerm("dpv:Consent")).toBe("https://w3id.org/dpv#Consent");
    expect(expandDpvTerm("eu-gdpr:A6-1-a")).toBe("https://w3id.org/dpv/legal/eu/gdpr#A6-1-a");
    expect(expandDpvTerm("pd:EmailAddress")).toBe("https://w3id.org/dpv/pd#EmailAddress");
    expect(expandDpvTerm("https://example.org/x")).toBe("https://example.org/x");
    expect(expandDpvTerm("NoPrefix")).toBe("NoPrefix");
  });

  it("maps every channel to the personal data it uses, without duplicates", () => {
    expect(personalDataForChannels(CHANNELS)).toEqual(["pd:EmailAddress", "pd:TelephoneNumber", "pd:PhysicalAddress"]);
    expect(personalDataForChannels([])).toEqual([]);
  });
});
