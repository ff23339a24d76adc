import { describe, expect, it } from "vitest";
import { readAudience, ZCreateCampaignInput, ZReportFilter } from "@/features/campaigns/schemas";

describe("campaign schemas", () => {
  it("reads a stored audience back, dates included", () => {
    const stored = JSON.parse(
      JSON.stringify({ sourceTypes: ["event"], createdAfter: new Date("2026-01-01T00:00:00Z") }),
    );
    expect(readAudience(stored)).toEqual({ sourceTypes: ["event"], createdAfter: new Date("2026-01-01T00:00:00Z") });
  });

  it("reads an unreadable audience as nobody, never as everybody", () => {
    const a = readAudience({ sourceTypes: ["no-such-source"] });
    expect(a.sourceTypes).toEqual([]);
    expect(a.createdAfter!.getTime()).toBeGreaterThan(Date.now());
  });

  it("requires subject, body and a purpose", () => {
    const r = ZCreateCampaignInput.safeParse({ name: "x", purposeId: "", commercial: true, subject: "", body: "" });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path[0]).sort()).toEqual(["body", "purposeId", "subject"]);
  });

  it("ignores report filters it does not understand", () => {
    expect(ZReportFilter.parse({ status: "weird", rule: "DROP TABLE", page: "-3" })).toEqual({ page: 1 });
    expect(ZReportFilter.parse({ status: "blocked", rule: "no_consent", page: "2" })).toEqual({
      status: "blocked",
      rule: "no_consent",
      page: 2,
    });
  });
});
