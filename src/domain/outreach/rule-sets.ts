/**
 * Rule sets keyed by jurisdiction, each a list of dated versions: a catalogue of rules (data) and
 * the ordered steps that apply them (pure functions). The law changes; a decision applies the
 * version in force at its `at`, so a question about a past moment is answered by the law of that
 * moment and the decision names the version it applied. Only the Dutch/EU set exists; another
 * member state gets its own entry.
 */
import type { Step } from "./decision";
import type { RuleDefinition } from "./rules/rule-definition";
import { NL_RULES, NL_RULES_2021, NL_RULES_2026, type RuleId } from "./rules/nl";
import { NL_STEPS_2021, NL_STEPS_2026 } from "./steps/nl";
import type { Bilingual } from "@/domain/bilingual";

export type Jurisdiction = "NL";

export interface RuleSetVersion {
  /** "<jurisdiction>-<yyyy-mm-dd>", the local date the version took effect. */
  version: string;
  jurisdiction: Jurisdiction;
  /** The instant it took effect: 00:00 local time on that date (Europe/Amsterdam for NL). */
  effectiveFrom: Date;
  name: Bilingual;
  /** What changed against the previous version, for the rule catalogue and the changelog. */
  changes: Bilingual;
  /** Laws and guidance the version implements, for the UI and exports. */
  sources: string[];
  /** The rules this version can decide with. */
  rules: Partial<Record<RuleId, RuleDefinition>>;
  steps: readonly Step[];
}

const NL_NAME: Bilingual = {
  nl: "Nederland (AVG en Telecommunicatiewet)",
  en: "Netherlands (GDPR and Telecommunications Act)",
};

/** Oldest first. Each version holds from its effectiveFrom until the next one's. */
export const RULE_SET_VERSIONS: Record<Jurisdiction, readonly RuleSetVersion[]> = {
  NL: [
    {
      version: "NL-2021-07-01",
      jurisdiction: "NL",
      // 1 July 2021 00:00 in Amsterdam (CEST, UTC+2).
      effectiveFrom: new Date("2021-06-30T22:00:00.000Z"),
      name: NL_NAME,
      changes: {
        nl: "Het Bel-me-niet-register is afgeschaft: telemarketing aan natuurlijke personen vraagt opt-in, behalve bij (oud-)klanten (tot drie jaar na het einde van de relatie).",
        en: "The Do-Not-Call register was abolished: telemarketing to natural persons needs opt-in, except for (former) customers (up to three years after the relationship ended).",
      },
      sources: ["AVG (EU 2016/679)", "Telecommunicatiewet art. 11.7", "Gedragscode Telemarketing"],
      rules: NL_RULES_2021,
      steps: NL_STEPS_2021,
    },
    {
      version: "NL-2026-07-01",
      jurisdiction: "NL",
      // 1 July 2026 00:00 in Amsterdam (CEST, UTC+2).
      effectiveFrom: new Date("2026-06-30T22:00:00.000Z"),
      name: NL_NAME,
      changes: {
        nl: "Sinds 1 juli 2026 is voor telemarketing aan natuurlijke personen (ook eenmanszaak, vof en maatschap) toestemming nodig, ook bij bestaande en oud-klanten. Goede doelen, goededoelenloterijen en uitgevers van kranten en tijdschriften houden de klantrelatie als grondslag.",
        en: "Since 1 July 2026 telemarketing to natural persons (including eenmanszaak, vof and maatschap) needs consent, also for existing and former customers. Charities, charity lotteries and publishers of newspapers and magazines keep the customer relationship as a basis.",
      },
      sources: [
        "AVG (EU 2016/679)",
        "Telecommunicatiewet art. 11.7 (gewijzigd per 1 juli 2026)",
        "Gedragscode Telemarketing (herzien oktober 2024)",
      ],
      rules: NL_RULES_2026,
      steps: NL_STEPS_2026,
    },
  ],
};

/**
 * The version in force at `at`. A moment before the first version gets the first version: the
 * product holds no older law, and the 2021 rules are stricter than the opt-out regime before them,
 * so such a question fails closed rather than allowing more than the law did.
 */
export function ruleSetInForce(at: Date, jurisdiction: Jurisdiction = "NL"): RuleSetVersion {
  const versions = RULE_SET_VERSIONS[jurisdiction];
  let found = versions[0];
  for (const v of versions) if (v.effectiveFrom.getTime() <= at.getTime()) found = v;
  return found;
}

/** The moment a version stopped being in force (the next version's start), or null while it is. */
export function ruleSetVersionEnd(version: RuleSetVersion): Date | null {
  const versions = RULE_SET_VERSIONS[version.jurisdiction];
  const i = versions.indexOf(version);
  return versions[i + 1]?.effectiveFrom ?? null;
}

/** The Dutch/EU catalogue of the version in force today, for titles of rules in the UI. Rule ids
 *  are stable across versions; a version may reword an explanation. */
export const RULES = NL_RULES;
