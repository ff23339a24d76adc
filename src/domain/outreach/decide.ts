import { factsKnownAt } from "./as-known";
import { effectiveConsentState } from "./consent-state";
import type { EvalContext, OutreachDecision } from "./decision";
import { ruleSetInForce, type Jurisdiction } from "./rule-sets";
import type { OutreachInput } from "./types";

/**
 * May we send THIS message (purpose) to THIS contact over THIS channel at `input.at`? Pure: the
 * same input always gives the same decision, so any past decision can be replayed as evidence.
 * The law applied is the rule-set version in force at `input.at`, named in the decision; the facts
 * are those in effect at `at`, as known now or (with `knownAt`) as recorded by then.
 */
export function decideOutreach(asked: OutreachInput, jurisdiction: Jurisdiction = "NL"): OutreachDecision {
  // "As recorded by knownAt": records entered later are taken away before any rule reads the facts.
  const input = asked.knownAt ? { ...asked, contact: factsKnownAt(asked.contact, asked.knownAt) } : asked;
  const ruleSet = ruleSetInForce(input.at, jurisdiction);
  const ctx: EvalContext = {
    input,
    ruleSetVersion: ruleSet.version,
    rules: ruleSet.rules,
    // A message for a direct-marketing purpose is marketing even if the caller flagged it
    // non-commercial: art. 21 lid 3 looks at the purpose of the processing, not at a checkbox.
    isMarketing: input.commercial || input.purpose.directMarketing,
    consent: effectiveConsentState(input.contact, input.purpose, input.channel, input.at, input.settings),
  };
  for (const step of ruleSet.steps) {
    const decision = step(ctx);
    if (decision) return decision;
  }
  // Every rule set ends in total channel steps; reaching this is a bug in the rule set, and a
  // thrown error stops the send (fail closed) rather than guessing.
  throw new Error(`Rule set ${ruleSet.version} reached no decision for channel ${input.channel}`);
}
