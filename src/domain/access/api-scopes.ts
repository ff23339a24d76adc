/**
 * What an integration API key may do, kept as data like the role matrix (permissions.ts). A key
 * carries a list of scopes; every API operation declares the one scope it needs in its definition
 * (src/features/<area>/api/operations.ts), and `withApiKey` refuses a key without it (403).
 *
 * Each scope is the API twin of exactly one permission of the role matrix, and grants no more than
 * that permission does for a signed-in person. The split follows the matrix: what only the privacy
 * officer may do in the product (lift a restriction of processing, AVG art. 18; record a customer
 * relationship that makes a contact mailable under the soft opt-in, Tw art. 11.7 lid 3; verify
 * identity and execute a data-subject request) has its own scope, so that the key of a web form
 * that records sign-ups (contacts:write + consents:write) cannot do any of it.
 */
import type { Permission } from "./permissions";

export const API_SCOPES = {
  "contacts:read": {
    permission: "contacts:read",
    description: "Read contacts and their consent history; look contacts up by e-mail address.",
  },
  "contacts:write": { permission: "contacts:write", description: "Create and update contacts." },
  "consents:write": { permission: "consents:record", description: "Record and withdraw consent." },
  "objections:write": {
    permission: "objections:record",
    description: "Record an objection (the person does not want to be contacted).",
  },
  "notices:write": {
    permission: "notices:record",
    description: "Record that a contact was given the information of AVG art. 14 (data not obtained from them).",
  },
  "relationships:write": {
    permission: "relationships:manage",
    description: "Record customer relationships, which can make a contact mailable without consent.",
  },
  "restrictions:manage": {
    permission: "restrictions:manage",
    description: "Restrict processing of a contact and lift a restriction again.",
  },
  "eligibility:read": {
    permission: "eligibility:read",
    description: "Ask whether a message may be sent to a contact (single and batch).",
  },
  "requests:register": {
    permission: "requests:register",
    description: "Register a data-subject request and read its status.",
  },
  "requests:manage": {
    permission: "requests:manage",
    description: "Verify identity, extend, execute (including erasure) and export data-subject requests.",
  },
  "purposes:write": { permission: "purposes:manage", description: "Create purposes with their notice texts." },
  // A bounce or complaint changes what a marketer manages (the campaign's figures, the address
  // flag) and withdraws consent as the unsubscribe link would: a marketer's or an admin's act.
  "campaigns:returned-mail": {
    permission: "campaigns:manage",
    description:
      "Hand in mail that came back to the campaign return path (bounce reports and spam complaints), e.g. from a mail server's pipe.",
  },
} as const satisfies Record<string, { permission: Permission; description: string }>;

export type ApiScope = keyof typeof API_SCOPES;
export const API_SCOPE_KEYS = Object.keys(API_SCOPES) as [ApiScope, ...ApiScope[]];

export const isApiScope = (v: unknown): v is ApiScope => typeof v === "string" && v in API_SCOPES;

/** The role permission a scope stands for: a key never does more than a person with it could. */
export const scopePermission = (scope: ApiScope): Permission => API_SCOPES[scope].permission;

/**
 * Scopes before they were split along the role matrix, and what a stored key with one of them
 * keeps (the database migration applies the same mapping). Least privilege: the powers that only
 * the privacy officer has in the product are not carried over; an administrator grants them to a
 * new key on purpose.
 */
export const LEGACY_SCOPE_MAP: Record<string, readonly ApiScope[]> = {
  "contacts:write": ["contacts:write", "objections:write"],
  "requests:write": ["requests:register"],
};

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
