import { describe, expect, it } from "vitest";
import { RULE_SETS, RULES, type RuleId } from "@/domain/outreach";

const ids = Object.keys(RULES) as RuleId[];

describe("RULES catalogue", () => {
  it("is the Dutch rule set, the default and only jurisdiction", () => {
    expect(Object.keys(RULE_SETS)).toEqual(["NL"]);
    expect(RULE_SETS.NL.rules).toBe(RULES);
    expect(RULE_SETS.NL.steps.length).toBeGreaterThan(0);
  });

  it.each(ids)("%s: id matches its key, outcome and citation are set", (id) => {
    const rule = RULES[id];
    expect(rule.id).toBe(id);
    expect(["allow", "deny"]).toContain(rule.outcome);
    expect(rule.citation).toMatch(/^(AVG|Tw|Gedragscode)/);
  });

  it.each(ids)("%s: title and explanation exist in Dutch and English", (id) => {
    const { title, explanation } = RULES[id];
    for (const text of [title.nl, title.en, explanation.nl, explanation.en])
      expect(text.trim().length).toBeGreaterThan(3);
    expect(explanation.nl).not.toBe(explanation.en);
    expect(explanation.nl.trim()).toMatch(/[.]$/);
    expect(explanation.en.trim()).toMatch(/[.]$/);
  });

  it.each(ids)("%s: both languages use the same placeholders, all known", (id) => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const { nl, en } = RULES[id].explanation;
    expect(placeholders(nl)).toEqual(placeholders(en));
    for (const p of placeholders(nl))
      expect(["purpose", "channel", "date", "until", "where", "published"]).toContain(p);
  });

  it("has both allow and deny rules", () => {
    const outcomes = new Set(ids.map((id) => RULES[id].outcome));
    expect(outcomes).toEqual(new Set(["allow", "deny"]));
  });
});
