import type { Problem } from "@/domain/consent";
import { AppError, type ErrorCode, type FieldProblem } from "@/server/errors";

/** A problem with a field, in both languages when it comes from the consent rules. */
export type BilingualProblem = FieldProblem & { messageNl?: string; citation?: string };

/**
 * Refusal of a consent, a correction or a related record, with every problem by field. Consent
 * rule problems carry their Dutch and English text and the article they rest on (from
 * src/domain/consent); the server action picks the user's language (see localiseError).
 * UNLAWFUL when a legal rule refuses it, INVALID_INPUT when only the data is malformed.
 */
export class ConsentRefusedError extends AppError {
  readonly problems: BilingualProblem[];
  constructor(code: ErrorCode, problems: BilingualProblem[]) {
    const first = problems[0]?.message ?? "The record cannot be saved.";
    super(code, problems.length > 1 ? `${first} (and ${problems.length - 1} more)` : first, {
      key: code === "UNLAWFUL" ? "consents.errors.refused" : undefined,
      fields: problems.map(({ field, message, key, code: c }) => ({ field, message, key, code: c })),
    });
    this.problems = problems;
  }
}

export function fromConsentProblem(problem: Problem<string>, prefix = ""): BilingualProblem {
  return {
    field: `${prefix}${problem.field}`,
    code: problem.code,
    message: `${problem.message.en} (${problem.citation})`,
    messageNl: `${problem.message.nl} (${problem.citation})`,
    citation: problem.citation,
  };
}

/** Throws when there are problems: UNLAWFUL if any rule with legal weight refused, else INVALID_INPUT. */
export function refuseIfProblems(problems: BilingualProblem[], legal: boolean) {
  if (problems.length > 0) throw new ConsentRefusedError(legal ? "UNLAWFUL" : "INVALID_INPUT", problems);
}

/** For server actions: the same error with the consent rules' messages in the user's language. */
export function localiseError(error: unknown, locale: string): unknown {
  if (!(error instanceof ConsentRefusedError) || locale !== "nl") return error;
  const problems = error.problems.map((p) => (p.messageNl ? { ...p, message: p.messageNl } : p));
  return new ConsentRefusedError(error.code, problems);
}
