/**
 * Rule sets keyed by jurisdiction: a catalogue of rules (data) and the ordered steps that apply
 * them (pure functions). Only the Dutch/EU set exists; another member state gets its own entry.
 */
import type { Step } from "./decision";
import type { RuleDefinition } from "./rules/rule-definition";
import { NL_RULES, type RuleId } from "./rules/nl";
import { NL_STEPS } from "./steps/nl";
import type { Bilingual } from "./types";

export type Jurisdiction = "NL";

export interface RuleSet {
  jurisdiction: Jurisdiction;
  name: Bilingual;
  /** Laws the set implements, for the UI and exports. */
  sources: string[];
  rules: Record<RuleId, RuleDefinition>;
  steps: readonly Step[];
}

export const RULE_SETS: Record<Jurisdiction, RuleSet> = {
  NL: {
    jurisdiction: "NL",
    name: { nl: "Nederland (AVG en Telecommunicatiewet)", en: "Netherlands (GDPR and Telecommunications Act)" },
    sources: ["AVG (EU 2016/679)", "Telecommunicatiewet art. 11.7", "Gedragscode Telemarketing"],
    rules: NL_RULES,
    steps: NL_STEPS,
  },
};

/** The Dutch/EU catalogue, the default rule set. */
export const RULES = NL_RULES;
