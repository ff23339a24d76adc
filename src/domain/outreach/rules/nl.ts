import { NL_CHANNEL_RULES } from "./nl-channels";
import { NL_GENERAL_RULES } from "./nl-general";

/** The Dutch/EU catalogue (AVG + Telecommunicatiewet), keyed by rule id. */
export const NL_RULES = { ...NL_GENERAL_RULES, ...NL_CHANNEL_RULES };

export type RuleId = keyof typeof NL_RULES;
