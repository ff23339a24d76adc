/**
 * The law in force at the decision's `at`: the rule-set versions, and the change of 1 July 2026
 * (telemarketing to customers who are natural persons needs consent, exempt sectors aside).
 */
import { describe, expect, it } from "vitest";
import {
  decideOutreach,
  isoDateAmsterdam,
  RULE_SET_VERSIONS,
  ruleSetInForce,
  ruleSetVersionEnd,
  type CustomerRelationshipFact,
} from "@/domain/outreach";
import { LEGAL_FORMS, NATURAL_PERSON_FORMS, ORGANISATION_SECTORS, type LegalForm } from "@/domain/vocabulary";
import { aContact, aGrant, aRelationship, anInput, d, DIRECT, GENERAL, someSettings } from "./builders";

/** 1 July 2026 00:00 in Amsterdam, and the last millisecond before it. */
const CHANGE = new Date("2026-06-30T22:00:00.000Z");
const JUST_BEFORE = new Date(CHANGE.getTime() - 1);

describe("rule-set versions", () => {
  for (const [jurisdiction, versions] of Object.entries(RULE_SET_VERSIONS)) {
    it(`${jurisdiction}: every version has an effective date at local midnight, named after it`, () => {
      expect(versions.length).toBeGreaterThan(0);
      for (const v of versions) {
        expect(Number.isNaN(v.effectiveFrom.getTime())).toBe(false);
        const day = isoDateAmsterdam(v.effectiveFrom);
        expect(v.version).toBe(`${jurisdiction}-${day}`);
        // Midnight: a millisecond earlier is the previous calendar day in Amsterdam.
        expect(isoDateAmsterdam(new Date(v.effectiveFrom.getTime() - 1))).not.toBe(day);
        expect(v.changes.nl.length).toBeGreaterThan(20);
        expect(v.changes.en.length).toBeGreaterThan(20);
        expect(v.sources.length).toBeGreaterThan(0);
      }
    });

    it(`${jurisdiction}: versions do not overlap and leave no gap`, () => {
      expect(new Set(versions.map((v) => v.version)).size).toBe(versions.length);
      for (let i = 1; i < versions.length; i++) {
        expect(versions[i].effectiveFrom.getTime()).toBeGreaterThan(versions[i - 1].effectiveFrom.getTime());
        // Each version ends exactly where the next begins.
        expect(ruleSetVersionEnd(versions[i - 1])).toEqual(versions[i].effectiveFrom);
      }
      expect(ruleSetVersionEnd(versions.at(-1)!)).toBeNull();
      for (const [i, v] of versions.entries()) {
        expect(ruleSetInForce(v.effectiveFrom, v.jurisdiction)).toBe(v);
        const before = ruleSetInForce(new Date(v.effectiveFrom.getTime() - 1), v.jurisdiction);
        expect(before).toBe(versions[Math.max(0, i - 1)]);
      }
    });
  }

  it("switches at 1 July 2026 00:00 Amsterdam", () => {
    expect(ruleSetInForce(JUST_BEFORE).version).toBe("NL-2021-07-01");
    expect(ruleSetInForce(CHANGE).version).toBe("NL-2026-07-01");
  });

  it("a moment before the first version gets the first version (stricter than the older opt-out law)", () => {
    expect(ruleSetInForce(d("2019-01-01")).version).toBe("NL-2021-07-01");
  });

  it("every decision names the version that decided it", () => {
    expect(decideOutreach(anInput({ at: JUST_BEFORE })).ruleSetVersion).toBe("NL-2021-07-01");
    expect(decideOutreach(anInput({ at: CHANGE })).ruleSetVersion).toBe("NL-2026-07-01");
  });
});

type Side = "before" | "after";
type Relation = "existing" | "former";
const EXEMPT = new Set(["charity", "charity_lottery", "press_publisher"]);
const relationships: Record<Relation, CustomerRelationshipFact> = {
  existing: aRelationship({ since: d("2024-03-01") }),
  // Ended 1 February 2026: within the three years of the telemarketing code on both sides.
  former: aRelationship({ since: d("2022-01-01"), until: d("2026-02-01") }),
};

function expected(form: LegalForm, sector: string, side: Side, relation: Relation) {
  if (!NATURAL_PERSON_FORMS.includes(form)) {
    // Legal entities: the named person's direct line rests on a running relationship; a former
    // customer's direct line does not, so the engine falls back to the general number. Unchanged.
    return relation === "existing"
      ? { decision: "allow", rule: "direct_line_legitimate_interest" }
      : { decision: "allow", rule: "switchboard_role" };
  }
  if (side === "after" && !EXEMPT.has(sector)) return { decision: "deny", rule: "customer_call_needs_consent" };
  return { decision: "allow", rule: relation === "existing" ? "existing_customer" : "former_customer" };
}

const rows = LEGAL_FORMS.flatMap((form) =>
  ORGANISATION_SECTORS.flatMap((sector) =>
    (["before", "after"] as const).flatMap((side) =>
      (["existing", "former"] as const).map((relation) => ({ form, sector, side, relation })),
    ),
  ),
);

describe("calling a customer around 1 July 2026, every legal form and every sector", () => {
  it.each(rows)("$form, sector $sector, $relation customer, $side", ({ form, sector, side, relation }) => {
    const at = side === "before" ? JUST_BEFORE : CHANGE;
    const out = decideOutreach(
      anInput({
        channel: "phone",
        at,
        settings: someSettings({ sector }),
        contact: aContact({
          legalForm: form,
          phones: [DIRECT, GENERAL],
          customerRelationships: [relationships[relation]],
        }),
      }),
    );
    expect({ decision: out.decision, rule: out.rule }).toEqual(expected(form, sector, side, relation));
    expect(out.ruleSetVersion).toBe(side === "before" ? "NL-2021-07-01" : "NL-2026-07-01");
  });
});

describe("what the 2026 change says and what it leaves alone", () => {
  const soleTrader = (over = {}) =>
    anInput({
      channel: "phone",
      at: d("2026-11-29"),
      contact: aContact({ legalForm: "eenmanszaak", phones: [DIRECT], customerRelationships: [aRelationship()] }),
      ...over,
    });

  it("the deny names the change and cites the relationship that no longer counts", () => {
    const out = decideOutreach(soleTrader());
    expect(out.explanation.en).toContain("Since 1 July 2026 telemarketing to customers needs consent");
    expect(out.explanation.nl).toContain("Sinds 1 juli 2026");
    expect(out.evidence).toEqual([{ type: "customer_relationship", id: "cr1" }]);
  });

  it("a time-travel question about 15 June 2026 still allows the call under the customer relationship", () => {
    const out = decideOutreach(soleTrader({ at: d("2026-06-15") }));
    expect(out).toMatchObject({ decision: "allow", rule: "existing_customer", ruleSetVersion: "NL-2021-07-01" });
  });

  it("an exempt sector's allow says why it still may call", () => {
    const out = decideOutreach(soleTrader({ settings: someSettings({ sector: "charity" }) }));
    expect(out.rule).toBe("existing_customer");
    expect(out.explanation.en).toContain("after 1 July 2026");
  });

  it("consent for calls still allows after the change", () => {
    const grant = aGrant({ channels: ["phone"], method: "verbal_phone", effectiveAt: d("2026-08-01") });
    const input = soleTrader();
    const out = decideOutreach({ ...input, contact: { ...input.contact, consentEvents: [grant] } });
    expect(out).toMatchObject({ decision: "allow", rule: "consent", ruleSetVersion: "NL-2026-07-01" });
  });

  it("the former-customer window of an exempt sector still ends after three years", () => {
    const out = decideOutreach(
      soleTrader({
        settings: someSettings({ sector: "press_publisher" }),
        contact: aContact({
          legalForm: "vof",
          phones: [DIRECT],
          customerRelationships: [aRelationship({ since: d("2020-01-01"), until: d("2023-06-01") })],
        }),
      }),
    );
    expect(out).toMatchObject({ decision: "deny", rule: "no_consent" });
  });

  it("the e-mail customer exception (Tw art. 11.7 lid 3) is unchanged", () => {
    const out = decideOutreach(
      anInput({
        at: d("2026-11-29"),
        purpose: { key: "newsletter", directMarketing: true, channels: ["email"], similarProductsOnly: true },
        contact: aContact({ legalForm: "eenmanszaak", customerRelationships: [aRelationship()] }),
      }),
    );
    expect(out).toMatchObject({ decision: "allow", rule: "customer_exception", ruleSetVersion: "NL-2026-07-01" });
  });
});
