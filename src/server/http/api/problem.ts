import { englishMessage } from "@/i18n/english-message";
import { isAppError, type ErrorCode } from "../../errors";

/**
 * RFC 9457 problem details for the integration API. Every error the API returns has this shape;
 * the `type` is a relative URI to the API reference page, where each problem type is explained
 * (PROBLEM_TYPES is rendered there, so the page and the responses cannot disagree).
 */
export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export const PROBLEM_TYPES = {
  INVALID_INPUT: { status: 400, slug: "invalid-input", title: "Invalid input" },
  UNAUTHENTICATED: { status: 401, slug: "unauthenticated", title: "Missing or invalid API key" },
  FORBIDDEN: { status: 403, slug: "forbidden", title: "Missing scope" },
  NOT_FOUND: { status: 404, slug: "not-found", title: "Not found" },
  CONFLICT: { status: 409, slug: "conflict", title: "Conflict" },
  UNLAWFUL: { status: 422, slug: "unlawful", title: "Not lawful" },
  RATE_LIMITED: { status: 429, slug: "rate-limited", title: "Too many requests" },
  INTERNAL: { status: 500, slug: "internal", title: "Internal error" },
  BUSY: { status: 503, slug: "busy", title: "Busy" },
} as const satisfies Record<ErrorCode | "INTERNAL" | "BUSY", { status: number; slug: string; title: string }>;
export type ProblemCode = keyof typeof PROBLEM_TYPES;

export type ProblemField = { field: string; message: string; code?: string };
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors: ProblemField[];
  requestId?: string;
};

export const problemTypeUri = (code: ProblemCode) => `/api-docs#problem-${PROBLEM_TYPES[code].slug}`;

/** Messages written as keys ("validation.email") become English text; plain messages stay. */
const KEY = /^[a-zA-Z]+\.[a-zA-Z0-9_.]+$/;
const english = (message: string) => (KEY.test(message) ? englishMessage(message) : message);

export function problem(code: ProblemCode, detail: string, errors: ProblemField[] = [], requestId?: string): Problem {
  const t = PROBLEM_TYPES[code];
  return {
    type: problemTypeUri(code),
    title: t.title,
    status: t.status,
    detail: english(detail),
    errors,
    ...(requestId ? { requestId } : {}),
  };
}

export function problemResponse(p: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(p), {
    status: p.status,
    headers: { "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": "no-store", ...headers },
  });
}

/**
 * An expected error (AppError) as a problem: its code decides the status, its message is the
 * detail, its fields become `errors` in English. Anything else is NOT described to the caller
 *: the caller logs it and answers 500 with a generic detail.
 */
export function problemFromError(error: unknown, requestId?: string): Problem | null {
  if (isOverloaded(error))
    return problem("BUSY", "The server is busy; nothing was saved. Try again in a moment.", [], requestId);
  if (!isAppError(error)) return null;
  const errors = error.fields.map((f) => ({
    field: f.field,
    message: english(f.message),
    ...(f.code ? { code: f.code } : {}),
  }));
  // A message that is only a key ("consents.errors.refused") reads better from its own text.
  const detail = KEY.test(error.message) ? englishMessage(error.message) : error.message;
  return problem(error.code, detail, errors, requestId);
}

/** Seconds a client waits before trying again after a 503 (sent as Retry-After). */
export const BUSY_RETRY_AFTER_SECONDS = 1;

/**
 * The database had no connection free in time (Prisma P2024) or could not start a transaction in
 * time (P2028): more requests than the server can take at once. Nothing was written, and the right
 * answer is "try again shortly" (503 with Retry-After), not an internal error.
 */
export function isOverloaded(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "P2024" || code === "P2028";
}
