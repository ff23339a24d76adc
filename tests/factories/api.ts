/** API factories and a tiny client that calls route handlers directly (real handler, real database, no server). */
import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { API_SCOPE_KEYS, type ApiScope } from "@/domain/access/api-scopes";
import { createApiKey } from "@/features/api-keys/services/create-api-key";

export async function createApiKeyWithScopes(
  db: Db,
  scopes: readonly ApiScope[] = API_SCOPE_KEYS,
  name = `Test key ${randomBytes(3).toString("hex")}`,
) {
  return createApiKey(db, SYSTEM, { name, scopes: [...scopes] });
}

type RouteHandler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type ApiCallResult = { status: number; headers: Headers; body: any; contentType: string };

/** A seam for contract checking: tests install a checker that sees every response. */
let onResponse: ((method: string, path: string, res: ApiCallResult) => Promise<void>) | null = null;
export function checkEveryResponse(check: typeof onResponse) {
  onResponse = check;
}

/**
 * Calls a route handler the way Next.js would: a Request for the path and the params promise.
 * `token: null` sends no Authorization header. `template` is the documented path ("/contacts/{id}")
 * used to check the response against the OpenAPI document (see checkEveryResponse).
 */
export async function callApi(
  handler: RouteHandler,
  opts: {
    method?: string;
    path: string;
    token: string | null;
    body?: unknown;
    rawBody?: string;
    /** Defaults to application/json; e.g. text/csv for an import. */
    contentType?: string;
    params?: Record<string, string>;
    template?: string;
  },
): Promise<ApiCallResult> {
  const headers: Record<string, string> = {
    "Content-Type": opts.contentType ?? "application/json",
    "X-Forwarded-For": "203.0.113.9",
  };
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
  const body = opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  const req = new Request(`http://localhost/api/v1${opts.path}`, {
    method: opts.method ?? (body ? "POST" : "GET"),
    headers,
    body,
  });
  const res = await handler(req, { params: Promise.resolve(opts.params ?? {}) });
  const contentType = res.headers.get("content-type") ?? "";
  const text = await res.text();
  const result = {
    status: res.status,
    headers: res.headers,
    contentType,
    body: contentType.includes("json") && text ? JSON.parse(text) : text,
  };
  if (onResponse) await onResponse(req.method, opts.template ?? templateOf(opts.path, opts.params ?? {}), result);
  return result;
}

/** "/contacts/0193...?x=1" with params { id: "0193..." } -> "/contacts/{id}". */
function templateOf(path: string, params: Record<string, string>): string {
  let template = path.split("?")[0];
  for (const [name, value] of Object.entries(params)) template = template.split(`/${value}`).join(`/{${name}}`);
  return template;
}

const uniq = () => randomBytes(4).toString("hex");

/** A purpose body as a sign-up form's owner would send it. */
export const purposeBody = (over: Record<string, unknown> = {}) => ({
  key: `news-${uniq()}`,
  name: { nl: "Nieuwsbrief", en: "Newsletter" },
  notice: { nl: "Wij sturen u maandelijks onze nieuwsbrief.", en: "We send you our monthly newsletter." },
  directMarketing: true,
  channels: ["email"],
  ...over,
});

/** A contact body from a web form: personal e-mail, provenance. */
export const contactBody = (over: Record<string, unknown> = {}) => {
  const u = uniq();
  return {
    firstName: "Joost",
    lastName: `Visser-${u}`,
    company: { name: `Bakkerij ${u}`, legalForm: "bv" },
    emails: [{ address: `joost.${u}@bakkerij-${u}.nl`, kind: "personal" }],
    source: { type: "web_form", detail: "https://example.nl/nieuwsbrief" },
    ...over,
  };
};

/** A lawful web-form consent (affirmative act, notice version 1, IP and user agent). */
export const webConsentBody = (purpose: string, over: Record<string, unknown> = {}) => ({
  purpose,
  method: "web_form",
  capturedAt: new Date(Date.now() - 60_000).toISOString(),
  affirmativeAct: true,
  preTicked: false,
  evidence: {
    noticeVersion: 1,
    ip: "203.0.113.7",
    userAgent: "Mozilla/5.0 (test)",
    statement: "Ja, stuur mij de nieuwsbrief",
  },
  ...over,
});
