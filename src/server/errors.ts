import type { Bilingual } from "@/domain/bilingual";
import type { RuleProblem } from "@/domain/rule-problem";
/**
 * Expected errors. Only an AppError's code and message reach a user; anything else
 * is logged and shown as a generic failure, so internals never leak.
 */
export const ERROR_STATUS = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNLAWFUL: 422,
  RATE_LIMITED: 429,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * A problem with one input field. `key` names a UI message (e.g. "validation.userExists") so the UI
 * can show it in the user's language; a refusal by a rule of the law carries its own text in both
 * languages instead (`text`, with the article), which the action client picks from.
 */
export type FieldProblem = { field: string; message: string; key?: string; code?: string; text?: Bilingual };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldProblem[];
  readonly status: number;
  readonly key?: string;
  constructor(code: ErrorCode, message: string, opts: { fields?: FieldProblem[]; key?: string } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.key = opts.key;
    this.fields = opts.fields ?? [];
    this.status = ERROR_STATUS[code];
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/**
 * A refusal by the rules of the law (consent, corrections, request deadlines, ...), with every
 * problem by field. UNLAWFUL when a legal rule refuses it, INVALID_INPUT when only the data is
 * malformed. The English text is the error's message (the API's language); the action client
 * shows the user's language (see inLanguage).
 */
export class RuleRefusedError extends AppError {
  constructor(code: ErrorCode, problems: FieldProblem[]) {
    const first = problems[0]?.message ?? "The record cannot be saved.";
    super(code, problems.length > 1 ? `${first} (and ${problems.length - 1} more)` : first, {
      fields: problems.map(({ field, message, key, code: c, text }) => ({ field, message, key, code: c, text })),
    });
  }
}

/** A rule's problem as a field problem: its article travels with the text in both languages. */
export function fromRuleProblem(problem: RuleProblem, prefix = ""): FieldProblem {
  return {
    field: `${prefix}${problem.field}`,
    code: problem.code,
    message: `${problem.message.en} (${problem.citation})`,
    text: { nl: `${problem.message.nl} (${problem.citation})`, en: `${problem.message.en} (${problem.citation})` },
  };
}

/** Throws when there are problems: UNLAWFUL if any rule with legal weight refused, else INVALID_INPUT. */
export function refuseIfProblems(problems: FieldProblem[], legal: boolean) {
  if (problems.length > 0) throw new RuleRefusedError(legal ? "UNLAWFUL" : "INVALID_INPUT", problems);
}

/** The error's message and field messages in `language`, where the rules gave both languages. */
export function inLanguage(error: AppError, language: string): { message: string; fields: FieldProblem[] } {
  const lang = language === "nl" ? "nl" : "en";
  const fields = error.fields.map(({ text, ...f }) => (text ? { ...f, message: text[lang] } : f));
  const first = fields[0];
  const localisedFirst = error.fields[0]?.text && first ? first.message : null;
  if (!(error instanceof RuleRefusedError) || !localisedFirst) return { message: error.message, fields };
  return {
    message: fields.length > 1 ? `${localisedFirst} (${MORE[lang](fields.length - 1)})` : localisedFirst,
    fields,
  };
}

const MORE = { nl: (n: number) => `en nog ${n}`, en: (n: number) => `and ${n} more` };
