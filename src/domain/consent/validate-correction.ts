import { CORRECTION_PROBLEM_MESSAGES } from "./consent-problem-messages";
import type { ValidationResult } from "@/domain/rule-problem";
import type { CorrectionInput, CorrectionProblem, CorrectionProblemCode } from "./types";

export const MIN_CORRECTION_REASON_LENGTH = 5;

const problem = (code: CorrectionProblemCode, field: string): CorrectionProblem => ({
  code,
  field,
  message: CORRECTION_PROBLEM_MESSAGES[code].message({}),
  citation: CORRECTION_PROBLEM_MESSAGES[code].citation,
});

/**
 * A consent record is never edited in place: a correction is a new record that points at the one
 * it corrects and says why. The old record stays, because it is what proved earlier sends lawful,
 * and the reason is what lets the privacy officer account for the change (AVG art. 5 lid 2).
 */
export function validateCorrection(input: CorrectionInput): ValidationResult<CorrectionProblemCode> {
  const problems: CorrectionProblem[] = [];
  if (input.correctsId == null || input.correctsId.trim() === "") {
    problems.push(problem("correction_target_missing", "correctsId"));
  }
  const reason = input.reason?.trim() ?? "";
  if (reason === "") {
    problems.push(problem("correction_reason_missing", "reason"));
  } else if (reason.length < MIN_CORRECTION_REASON_LENGTH) {
    problems.push(problem("correction_reason_too_short", "reason"));
  }
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}
