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

/** `key` names a UI message (e.g. "validation.userExists") so the UI can show it in the user's language. */
export type FieldProblem = { field: string; message: string; key?: string; code?: string };

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
