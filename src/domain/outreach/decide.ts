import { factsKnownAt } from "./as-known";
import { effectiveConsentState } from "./consent-state";
import type { EvalContext, Obligation, OutreachDecision } from "./decision";
import { art14NoticeDue } from "@/domain/notices/art14";
import { ruleSetInForce, type Jurisdiction } from "./rule-sets";
import type { ContactFacts, OutreachInput } from "./types";

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
    if (decision) return { ...decision, obligations: obligationsAt(input.contact, input.at) };
  }
  // Every rule set ends in total channel steps; reaching this is a bug in the rule set, and a
  // thrown error stops the send (fail closed) rather than guessing.
  throw new Error(`Rule set ${ruleSet.version} reached no decision for channel ${input.channel}`);
}

/**
 * What must go with a message or call at `at`, whatever the outcome. AVG art. 14 lid 3: a contact
 * whose data we did not get from them must be told who we are, why, where the data came from and
 * that they may object, at the latest with the first communication; so while the notice has not
 * been given, every decision about them says so. An erased contact is owed nothing any more.
 */
function obligationsAt(contact: ContactFacts, at: Date): Obligation[] {
  if (contact.erased) return [];
  const art14 = art14NoticeDue(
    {
      sourceType: contact.provenance.sourceType,
      collectedAt: contact.provenance.collectedAt,
      notices: (contact.notices ?? []).filter((n) => n.kind === "art14"),
    },
    at,
  );
  return art14 ? ["art14_notice"] : [];
}
