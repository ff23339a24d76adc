import { describe, expect, it } from "vitest";
import { RULE_SET_VERSIONS, RULES, type RuleDefinition, type RuleId } from "@/domain/outreach";

const ids = Object.keys(RULES) as RuleId[];

describe("RULES catalogue", () => {
  it("is the Dutch rule set, the default and only jurisdiction; the latest version is the catalogue", () => {
    expect(Object.keys(RULE_SET_VERSIONS)).toEqual(["NL"]);
    expect(RULE_SET_VERSIONS.NL.at(-1)!.rules).toBe(RULES);
    for (const v of RULE_SET_VERSIONS.NL) expect(v.steps.length).toBeGreaterThan(0);
  });

  // Every version's definitions, so that a reworded rule of an older version is checked too.
  const definitions: [string, RuleDefinition][] = RULE_SET_VERSIONS.NL.flatMap((v) =>
    Object.entries(v.rules).map(([id, def]) => [`${v.version} ${id}`, def] as [string, RuleDefinition]),
  );
  it.each(definitions)("%s: same id, citation and outcome as the catalogue; texts in both languages", (key, def) => {
    const id = key.split(" ")[1] as RuleId;
    expect(def.id).toBe(id);
    expect(def.outcome).toBe(RULES[id].outcome);
    expect(def.citation).toBe(RULES[id].citation);
    for (const text of [def.title.nl, def.title.en, def.explanation.nl, def.explanation.en])
      expect(text.trim()).toMatch(/^.{4,}[.]?$/);
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(placeholders(def.explanation.nl)).toEqual(placeholders(def.explanation.en));
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
      expect(["purpose", "channel", "date", "until", "where", "published", "period", "source"]).toContain(p);
  });

  it("has both allow and deny rules", () => {
    const outcomes = new Set(ids.map((id) => RULES[id].outcome));
    expect(outcomes).toEqual(new Set(["allow", "deny"]));
  });
});
