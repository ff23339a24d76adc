import type { RuleDefinition } from "./rules/rule-definition";
import type { RuleId } from "./rules/nl";
import type { Bilingual } from "@/domain/bilingual";
import type { Evidence, OutreachInput } from "./types";
import { explain, type ExplainParams } from "./explain";
import type { ConsentState } from "./consent-state";
import type { EvidenceStrength } from "@/domain/consent/evidence-strength";

/** Something that must go with the message or call while it is due, whatever the outcome:
 *  "art14_notice" = the information of AVG art. 14 (data not obtained from the person). */
export type Obligation = "art14_notice";
export const OBLIGATIONS: readonly Obligation[] = ["art14_notice"];

/** What the engine answers: the outcome, the rule that decided it, the article, and the ids of
 *  the records that prove it (AVG art. 5 lid 2, accountability). */
export interface OutreachDecision {
  decision: "allow" | "deny";
  rule: RuleId;
  citation: string;
  explanation: Bilingual;
  evidence: Evidence[];
  /** The address/number the decision is about: the requested one, or the one the engine picked. */
  contactPointId?: string;
  /** The rule-set version in force at the decision's `at` that decided it, e.g. "NL-2026-07-01":
   *  the law changes, and a past decision must say which law it applied. */
  ruleSetVersion: string;
  /** For an allow on consent: how well that consent can be shown (src/domain/consent). */
  evidenceStrength?: EvidenceStrength;
  /** Duties that travel with the decision (empty when none). They never change allow or deny:
   *  an allowed message to a contact with "art14_notice" must carry the art. 14 information. */
  obligations: Obligation[];
}

/** Everything a step may read. Derived facts are computed once per decision. */
export interface EvalContext {
  input: OutreachInput;
  /** Version of the rule set in force at `input.at`. */
  ruleSetVersion: string;
  /** The catalogue of that version. */
  rules: Partial<Record<RuleId, RuleDefinition>>;
  /** Direct marketing in substance: a commercial message, or a purpose that is direct marketing. */
  isMarketing: boolean;
  /** Consent state for this purpose on this channel at `at`. */
  consent: ConsentState;
}

/** A step of a rule set: returns a decision, or null to hand over to the next step. */
export type Step = (ctx: EvalContext) => OutreachDecision | null;

export function decideBy(
  ctx: EvalContext,
  rule: RuleId,
  opts: { evidence?: Evidence[]; params?: ExplainParams; contactPointId?: string } = {},
): OutreachDecision {
  const def = ctx.rules[rule];
  // A step citing a rule its version does not have is a bug in the rule set: stop (fail closed).
  if (!def) throw new Error(`Rule ${rule} is not part of rule set ${ctx.ruleSetVersion}`);
  const params: ExplainParams = {
    purpose: ctx.input.purpose.key,
    channel: ctx.input.channel,
    ...opts.params,
  };
  const contactPointId = opts.contactPointId ?? ctx.input.contactPointId;
  return {
    decision: def.outcome,
    rule,
    citation: def.citation,
    explanation: explain(def.explanation, params),
    evidence: opts.evidence ?? [],
    ...(contactPointId !== undefined ? { contactPointId } : {}),
    ruleSetVersion: ctx.ruleSetVersion,
    // Filled in by decideOutreach, once per decision, whichever step decided.
    obligations: [],
  };
}
