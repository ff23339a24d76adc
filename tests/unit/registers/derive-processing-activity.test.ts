import { describe, expect, it } from "vitest";
import { deriveProcessingActivity, type ActivityFacts } from "@/domain/registers";

const facts = (over: Partial<ActivityFacts> = {}): ActivityFacts => ({
  purpose: {
    id: "p1",
    key: "newsletter",
    nameNl: "Nieuwsbrief",
    nameEn: "Newsletter",
    dpvPurpose: "dpv:DirectMarketing",
    directMarketing: true,
    retentionMonths: null,
  },
  bases: { consent: 12, legitimate_interest: 0 },
  stored: { name: 20, email: 18, phone: 0 },
  subjects: { prospects: 15, customers: 5 },
  processors: [],
  webhookReceivers: 0,
  retentionMonthsWithoutBasis: 24,
  ...over,
});

describe("deriveProcessingActivity (AVG art. 30 lid 1)", () => {
  it("lists only the bases and data categories actually present, with counts and DPV terms", () => {
    const a = deriveProcessingActivity(facts());
    expect(a.bases).toEqual([{ basis: "consent", count: 12, dpv: "dpv:Consent", gdpr: "eu-gdpr:A6-1-a" }]);
    expect(a.dataCategories.map((c) => c.dpv)).toEqual(["pd:Name", "pd:EmailAddress"]);
    expect(a.subjectCategories.map((s) => s.category)).toEqual(["prospects", "customers"]);
    expect(a.needsLegitimateInterestAssessment).toBe(false);
  });

  it("asks for a legitimate-interest assessment when people rest on it or on the customer exception", () => {
    expect(
      deriveProcessingActivity(facts({ bases: { legitimate_interest: 3 } })).needsLegitimateInterestAssessment,
    ).toBe(true);
    const customer = deriveProcessingActivity(facts({ bases: { customer_exception: 4 } }));
    expect(customer.needsLegitimateInterestAssessment).toBe(true);
    expect(customer.bases[0]).toMatchObject({ basis: "customer_exception", gdpr: "eu-gdpr:A6-1-f" });
  });

  it("names processors as recipients and those outside the EEA as transfers", () => {
    const a = deriveProcessingActivity(
      facts({
        processors: [
          { id: "m", name: "Mailer", location: "US", transferMechanism: "SCC" },
          { id: "h", name: "Host", location: "NL", transferMechanism: null },
        ],
        webhookReceivers: 2,
      }),
    );
    expect(a.recipients).toEqual({
      processors: [
        { id: "m", name: "Mailer" },
        { id: "h", name: "Host" },
      ],
      webhookReceivers: 2,
    });
    expect(a.transfers).toEqual([{ processorId: "m", name: "Mailer", country: "US", mechanism: "SCC" }]);
  });

  it("takes the purpose's own retention, else the organisation's", () => {
    expect(deriveProcessingActivity(facts()).retention.monthsAfterBasisEnds).toBe(24);
    const own = facts();
    own.purpose.retentionMonths = 6;
    expect(deriveProcessingActivity(own).retention.monthsAfterBasisEnds).toBe(6);
  });
});
