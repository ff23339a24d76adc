import { CONSENT_GRANT_RULES } from "./consent-grant-rules";
import { CONSENT_PROBLEM_MESSAGES } from "./consent-problem-messages";
import type { ValidationResult } from "@/domain/rule-problem";
import type { ConsentGrantContext, ConsentGrantInput, ConsentProblem, ConsentProblemCode } from "./types";

/**
 * Decides whether a consent may be recorded as valid consent (AVG art. 4 punt 11, art. 7).
 * Every rule runs, so the person entering it sees all problems at once instead of one per try.
 * Pure: the clock and the facts about the purpose and the contact come in through `ctx`.
 */
export function validateConsentGrant(
  input: ConsentGrantInput,
  ctx: ConsentGrantContext,
): ValidationResult<ConsentProblemCode> {
  const problems: ConsentProblem[] = CONSENT_GRANT_RULES.flatMap((rule) => rule(input, ctx)).map(
    ({ code, field, params }) => {
      const entry = CONSENT_PROBLEM_MESSAGES[code];
      return { code, field, message: entry.message(params ?? {}), citation: entry.citation };
    },
  );
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}
