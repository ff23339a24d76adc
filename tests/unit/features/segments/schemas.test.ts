import { describe, expect, it } from "vitest";
import { ZAudienceFilter } from "@/features/outreach/schemas";
import { audienceFromForm } from "@/features/outreach/components/audience-form-data";
import { ZCampaignAudience, readAudience } from "@/features/campaigns/schemas";
import { ZCreateSegmentInput, ZUpdateSegmentInput, readSegmentFilter } from "@/features/segments/schemas";

const purposeId = "0190f5a0-0000-7000-8000-000000000001";

describe("the audience filter", () => {
  it("still reads an audience stored before the new filters", () => {
    const old = { sourceTypes: ["event"], companyName: "Drukkerij", createdAfter: "2026-01-01T00:00:00.000Z" };
    expect(ZCampaignAudience.parse(old)).toEqual({ ...old, createdAfter: new Date(old.createdAfter) });
    expect(readAudience({})).toEqual({});
  });

  it("takes the new filters, all optional", () => {
    const parsed = ZAudienceFilter.parse({
      jobTitle: "  inkoop ",
      customerState: "former_customer",
      consentPurposeId: purposeId,
      consentState: "withdrawn",
      importBatchId: purposeId,
      activeAfter: "2026-06-01",
    });
    expect(parsed).toMatchObject({ jobTitle: "inkoop", customerState: "former_customer", consentState: "withdrawn" });
    expect(parsed.activeAfter).toBeInstanceOf(Date);
  });

  it("refuses values outside its vocabulary", () => {
    expect(ZAudienceFilter.safeParse({ customerState: "prospect" }).success).toBe(false);
    expect(ZAudienceFilter.safeParse({ consentState: "given" }).success).toBe(false);
    expect(ZAudienceFilter.safeParse({ importBatchId: "batch-1" }).success).toBe(false);
    expect(ZAudienceFilter.safeParse({ jobTitle: "x".repeat(201) }).success).toBe(false);
  });

  it("reads a form, leaving out what is empty", () => {
    const form = new FormData();
    form.append("sourceTypes", "event");
    form.append("jobTitle", " directeur ");
    form.append("companyName", "");
    form.append("customerState", "customer");
    form.append("consentState", "bogus");
    form.append("activeAfter", "2026-03-01");
    const filter = audienceFromForm(form);
    expect(Object.keys(filter).sort()).toEqual(["activeAfter", "customerState", "jobTitle", "sourceTypes"]);
    expect(filter.jobTitle).toBe("directeur");
  });
});

describe("the segment input", () => {
  it("needs a name, and a purpose with a consent state, at those fields", () => {
    const noName = ZCreateSegmentInput.safeParse({ name: " " });
    expect(noName.error?.issues[0].path).toEqual(["name"]);
    const noPurpose = ZCreateSegmentInput.safeParse({ name: "Klanten", filter: { consentState: "granted" } });
    expect(noPurpose.error?.issues[0]).toMatchObject({
      path: ["consentPurposeId"],
      message: "segments.errors.consentPurpose",
    });
    expect(ZUpdateSegmentInput.safeParse({ name: "Klanten", segmentId: "nope" }).success).toBe(false);
  });

  it("stores an empty description as none and keeps only audience filters", () => {
    const parsed = ZCreateSegmentInput.parse({
      name: "Klanten",
      description: "  ",
      filter: { search: "jan", jobTitle: "cto" },
    });
    expect(parsed).toEqual({ name: "Klanten", description: null, filter: { jobTitle: "cto" } });
  });

  it("reads an unreadable stored filter as nobody, never as everybody", () => {
    const filter = readSegmentFilter({ customerState: "unknown" });
    expect(filter.sourceTypes).toEqual([]);
  });
});
