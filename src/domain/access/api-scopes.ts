/**
 * What an integration API key may do, kept as data like the role matrix (permissions.ts). A key
 * carries a list of scopes; every API operation names the one scope it needs
 * (src/app/api/v1/_operations), and `withApiKey` refuses a key without it (403). Least privilege:
 * a web form that records sign-ups needs contacts:write and consents:write, not requests:write.
 */
export const API_SCOPES = {
  "contacts:read": "Read contacts and their consent history; look contacts up by e-mail address.",
  "contacts:write": "Create and update contacts; record customer relationships, objections and restrictions.",
  "consents:write": "Record and withdraw consent.",
  "eligibility:read": "Ask whether a message may be sent to a contact (single and batch).",
  "requests:write": "Register data-subject requests, verify, extend and execute them, read their status and exports.",
  "purposes:write": "Create purposes with their notice texts.",
} as const satisfies Record<string, string>;

export type ApiScope = keyof typeof API_SCOPES;
export const API_SCOPE_KEYS = Object.keys(API_SCOPES) as [ApiScope, ...ApiScope[]];

export const isApiScope = (v: unknown): v is ApiScope => typeof v === "string" && v in API_SCOPES;

/**
 * Scopes as an operator types them on the command line: "contacts:read,consents:write" or "all".
 * Returns the unknown words separately so the caller can name them.
 */
export function parseScopeList(raw: string): { scopes: ApiScope[]; unknown: string[] } {
  const words = raw
    .split(",")
    .map((w) => w.trim())
    .filter(Boolean);
  if (words.length === 1 && words[0] === "all") return { scopes: [...API_SCOPE_KEYS], unknown: [] };
  const scopes = [...new Set(words.filter(isApiScope))];
  return { scopes, unknown: words.filter((w) => !isApiScope(w)) };
}

export function hasScope(granted: readonly string[], needed: ApiScope): boolean {
  return granted.includes(needed);
}
