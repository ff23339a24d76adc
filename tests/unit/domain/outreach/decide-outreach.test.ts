import { describe, expect, it } from "vitest";
import { decideOutreach, RULES, type RuleId } from "@/domain/outreach";
import { CITATIONS, type DecisionCase } from "./cases/case";
import { ELECTRONIC_CASES } from "./cases/electronic";
import { GATE_CASES } from "./cases/gates";
import { PHONE_POST_CASES } from "./cases/phone-post";
import { TIME_CASES } from "./cases/time";

const TABLES: Record<string, DecisionCase[]> = {
  "rules 1-4, 8, purpose and non-commercial": GATE_CASES,
  "rule 5: e-mail and SMS": ELECTRONIC_CASES,
  "rules 6-7: phone and post": PHONE_POST_CASES,
  "time travel and corrections": TIME_CASES,
};

function check(row: DecisionCase) {
  const out = decideOutreach(row.input);
  expect({
    decision: out.decision,
    rule: out.rule,
    evidence: out.evidence.map((e) => `${e.type}:${e.id}`),
  }).toEqual({ decision: row.decision, rule: row.rule, evidence: row.evidence });
  expect(out.citation).toBe(CITATIONS[row.rule]);
  if (row.point !== undefined) expect(out.contactPointId).toBe(row.point);
  // Every explanation is a filled-in sentence in both languages.
  for (const text of [out.explanation.nl, out.explanation.en]) {
    expect(text.length).toBeGreaterThan(20);
    expect(text).not.toMatch(/[{}]/);
  }
}

for (const [title, rows] of Object.entries(TABLES)) {
  describe(`decideOutreach — ${title}`, () => {
    it.each(rows)("$name", check);
  });
}

describe("decision table coverage", () => {
  const all = Object.values(TABLES).flat();

  it("has at least 70 cases with unique names", () => {
    expect(all.length).toBeGreaterThanOrEqual(70);
    expect(new Set(all.map((r) => r.name)).size).toBe(all.length);
  });

  it("reaches every rule of the catalogue, both as expected and as decided", () => {
    const expected = new Set(all.map((r) => r.rule));
    expect([...expected].sort()).toEqual(Object.keys(RULES).sort());
  });

  it("pins a citation for every rule and no other", () => {
    expect(Object.keys(CITATIONS).sort()).toEqual(Object.keys(RULES).sort());
    for (const id of Object.keys(RULES) as RuleId[]) expect(RULES[id].citation).toBe(CITATIONS[id]);
  });

  it("covers every channel and every legal form", () => {
    expect(new Set(all.map((r) => r.input.channel))).toEqual(new Set(["email", "sms", "phone", "post"]));
    const forms = new Set(all.map((r) => r.input.contact.legalForm));
    for (const f of ["bv", "nv", "stichting", "cooperatie", "eenmanszaak", "vof", "maatschap", "other", "none"]) {
      expect(forms).toContain(f);
    }
  });
});
