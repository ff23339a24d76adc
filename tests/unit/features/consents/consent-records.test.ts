import { describe, expect, it } from "vitest";
import { effectiveConsentState, factsKnownAt, type ContactFacts } from "@/domain/outreach";
import {
  countingRecords,
  latestInChain,
  toConsentEventFacts,
  type StoredConsentRecord,
} from "@/features/consents/rules/consent-records";

const t = (d: string) => new Date(`2026-0${d}T12:00:00Z`);
const record = (over: Partial<StoredConsentRecord> & { id: string }): StoredConsentRecord => ({
  purposeKey: "newsletter",
  channels: ["email"],
  action: "granted",
  method: "business_card",
  effectiveAt: t("1-10"),
  recordedAt: t("1-10"),
  correctsId: null,
  invalidates: false,
  ...over,
});
const state = (records: StoredConsentRecord[], at = t("6-01"), sourceType: "event" | "purchased_list" = "event") =>
  effectiveConsentState(
    { provenance: { sourceType }, consentEvents: toConsentEventFacts(records), calls: [] },
    { key: "newsletter" },
    "email",
    at,
    { consentLifetimeDays: null, phoneFirstCallMonths: null },
  ).state;

const aContactShell = (): ContactFacts => ({
  id: "c1",
  legalForm: "bv",
  provenance: { sourceType: "event" },
  emails: [],
  phones: [],
  postalAddresses: [],
  consentEvents: [],
  legalBases: [],
  customerRelationships: [],
  objections: [],
  restrictions: [],
  calls: [],
});

describe("how stored consent records combine", () => {
  it("a correction replaces the record it corrects", () => {
    const records = [
      record({ id: "a" }),
      record({ id: "b", correctsId: "a", effectiveAt: t("1-05"), recordedAt: t("2-01") }),
    ];
    expect(countingRecords(records).map((r) => r.id)).toEqual(["b"]);
    expect(state(records)).toBe("given");
  });

  it("an invalidating correction leaves nothing that counts, for the whole chain", () => {
    const records = [
      record({ id: "a" }),
      record({ id: "b", correctsId: "a", recordedAt: t("2-01") }),
      record({ id: "c", correctsId: "b", invalidates: true, recordedAt: t("3-01") }),
    ];
    expect(countingRecords(records)).toEqual([]);
    expect(state(records)).toBe("none");
    // As known now, the invalid record never counted, not even for a moment before the invalidation...
    expect(state(records, t("2-15"))).toBe("none");
    // ...but what the system knew before the invalidation was entered still counted it.
    const knownThen = factsKnownAt(
      { ...aContactShell(), consentEvents: toConsentEventFacts(records) },
      t("2-15"),
    ).consentEvents;
    expect(
      effectiveConsentState(
        { provenance: { sourceType: "event" }, consentEvents: knownThen, calls: [] },
        { key: "newsletter" },
        "email",
        t("2-15"),
        { consentLifetimeDays: null, phoneFirstCallMonths: null },
      ).state,
    ).toBe("given");
  });

  it("a later withdrawal ends consent; a grant from a purchased list does not count", () => {
    expect(
      state([
        record({ id: "a" }),
        record({ id: "w", action: "withdrawn", channels: [], effectiveAt: t("2-01"), recordedAt: t("2-01") }),
      ]),
    ).toBe("withdrawn");
    const facts = toConsentEventFacts([{ ...record({ id: "a" }), recordedVia: "import" }]);
    expect(facts[0].importedFromList).toBe(true);
    expect(
      state([{ ...record({ id: "a" }), recordedVia: "import" } as StoredConsentRecord], t("6-01"), "purchased_list"),
    ).toBe("none");
  });

  it("finds the newest record of a correction chain", () => {
    const chain = [
      { id: "a", correctsId: null },
      { id: "c", correctsId: "b" },
      { id: "b", correctsId: "a" },
    ];
    expect(latestInChain(chain, "a")).toBe("c");
    expect(latestInChain(chain, "c")).toBe("c");
  });
});
