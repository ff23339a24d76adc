import { NL_2026_CHANGED_RULES } from "./nl-2026";
import { NL_CHANNEL_RULES } from "./nl-channels";
import { NL_GENERAL_RULES } from "./nl-general";

/** The Dutch/EU catalogue (AVG + Telecommunicatiewet) from 1 July 2021 (end of the Bel-me-niet
 *  register, opt-in for telemarketing to natural persons who are not customers). */
export const NL_RULES_2021 = { ...NL_GENERAL_RULES, ...NL_CHANNEL_RULES };

/** From 1 July 2026: customers who are natural persons need consent to be called too. */
export const NL_RULES_2026 = { ...NL_RULES_2021, ...NL_2026_CHANGED_RULES };

/** The catalogue in force, keyed by rule id: every rule id any version can decide with. */
export const NL_RULES = NL_RULES_2026;

export type RuleId = keyof typeof NL_RULES;
