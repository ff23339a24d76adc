import { effectiveConsentState } from "./consent-state";
import type { EvalContext, OutreachDecision } from "./decision";
import { RULE_SETS, type Jurisdiction } from "./rule-sets";
import type { OutreachInput } from "./types";

/**
 * May we send THIS message (purpose) to THIS contact over THIS channel at `input.at`? Pure: the
 * same input always gives the same decision, so any past decision can be replayed as evidence.
 */
export function decideOutreach(input: OutreachInput, jurisdiction: Jurisdiction = "NL"): OutreachDecision {
  const ruleSet = RULE_SETS[jurisdiction];
  const ctx: EvalContext = {
    input,
    rules: ruleSet.rules,
    // A message for a direct-marketing purpose is marketing even if the caller flagged it
    // non-commercial: art. 21 lid 3 looks at the purpose of the processing, not at a checkbox.
    isMarketing: input.commercial || input.purpose.directMarketing,
    consent: effectiveConsentState(input.contact, input.purpose.key, input.channel, input.at, input.settings),
  };
  for (const step of ruleSet.steps) {
    const decision = step(ctx);
    if (decision) return decision;
  }
  // Every rule set ends in total channel steps; reaching this is a bug in the rule set, and a
  // thrown error stops the send (fail closed) rather than guessing.
  throw new Error(`Rule set ${jurisdiction} reached no decision for channel ${input.channel}`);
}
