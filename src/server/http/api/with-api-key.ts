import "server-only";
import { hasScope, type ApiScope } from "@/domain/access/api-scopes";
import { authenticateKey, type AuthenticatedKey } from "./key-authenticator";
import { getDb, type Db } from "../../db";
import type { AuditContext } from "../../audit/actor";
import { clientIp, newRequestId } from "../../auth/request-meta";
import { AppError } from "../../errors";
import { logger } from "../../logger";
import { BUSY_RETRY_AFTER_SECONDS, problem, problemFromError, problemResponse } from "./problem";

export type ApiContext<P> = { db: Db; key: AuthenticatedKey; audit: AuditContext; params: P; requestId: string };
type Handler<P> = (req: Request, ctx: ApiContext<P>) => Promise<Response>;

/** "any": every valid key may call it (e.g. reading the purpose catalogue a form must show). */
export type ScopeRequirement = ApiScope | "any";

/**
 * The one gate of the integration API, like withPermission for signed-in users: authenticate the
 * Bearer key (401), count it against its rate limit (429 with Retry-After), check the scope (403),
 * run the handler with an audit context whose actor is the key, and turn every error into an RFC
 * 9457 problem. Unexpected errors are logged with the request id and answered with a generic 500,
 * so no stack trace, SQL or personal data leaks to the caller.
 */
export function withApiKey<P = Record<string, string>>(scope: ScopeRequirement, handler: Handler<P>) {
  return async (req: Request, context: { params: Promise<P> }): Promise<Response> => {
    const requestId = safeRequestId(req.headers.get("x-request-id"));
    let rateHeaders: Record<string, string> = {};
    try {
      const db = await getDb();
      const token = bearerToken(req.headers.get("authorization"));
      if (!token)
        throw new AppError(
          "UNAUTHENTICATED",
          "Send an API key in the Authorization header: `Authorization: Bearer <key>`.",
        );
      // The key and its rate-limit count in one statement (see KeyAuthenticator).
      const authenticated = await authenticateKey(db, token);
      if (!authenticated)
        throw new AppError("UNAUTHENTICATED", "This API key is not valid: it is unknown, mistyped or revoked.");
      const { key, rate } = authenticated;
      rateHeaders = {
        "RateLimit-Limit": String(rate.limit),
        "RateLimit-Remaining": String(rate.remaining),
        "RateLimit-Reset": String(rate.retryAfterSeconds),
      };
      if (!rate.ok) {
        const p = problem(
          "RATE_LIMITED",
          `This API key made more than ${rate.limit} requests in a minute. Retry after ${rate.retryAfterSeconds} s.`,
          [],
          requestId,
        );
        return problemResponse(p, {
          ...rateHeaders,
          "Retry-After": String(rate.retryAfterSeconds),
          "X-Request-Id": requestId,
        });
      }
      if (scope !== "any" && !hasScope(key.scopes, scope)) {
        throw new AppError("FORBIDDEN", `This API key does not have the scope "${scope}" that this operation needs.`);
      }
      const audit: AuditContext = {
        actor: { type: "api_key", id: key.id },
        request: { requestId, ip: clientIp(req.headers) },
      };
      const response = await handler(req, { db, key, audit, params: await context.params, requestId });
      for (const [name, value] of Object.entries({ ...rateHeaders, "X-Request-Id": requestId }))
        response.headers.set(name, value);
      return response;
    } catch (error) {
      const expected = problemFromError(error, requestId);
      const headers: Record<string, string> = { ...rateHeaders, "X-Request-Id": requestId };
      if (expected?.status === 401) headers["WWW-Authenticate"] = 'Bearer realm="grondslag"';
      if (expected?.status === 503) headers["Retry-After"] = String(BUSY_RETRY_AFTER_SECONDS);
      if (expected) return problemResponse(expected, headers);
      logger.error("api request failed", { requestId, method: req.method, path: new URL(req.url).pathname, error });
      return problemResponse(
        problem(
          "INTERNAL",
          "Something went wrong on our side. Nothing was saved; quote the request id if you contact us.",
          [],
          requestId,
        ),
        headers,
      );
    }
  };
}

function bearerToken(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match ? match[1] : null;
}

/** A caller-supplied request id is echoed only when it is short and plain (it ends up in logs). */
function safeRequestId(value: string | null): string {
  return value && /^[A-Za-z0-9._:-]{1,100}$/.test(value) ? value : newRequestId();
}
