/**
 * The permission matrix, kept as data: which role may do what. Every server action, route handler
 * and API call is checked against this one table (src/server/auth/authorize.ts), and the navigation
 * is built from it, so that a role never sees a link it may not follow.
 */
import type { Role } from "../vocabulary";

const ALL: readonly Role[] = ["admin", "privacy_officer", "marketer", "sales"];

export const PERMISSIONS = {
  "dashboard:view": ALL,
  "users:manage": ["admin"],
  "settings:manage": ["admin", "privacy_officer"],
  "audit:read": ["admin", "privacy_officer"],
  "contacts:read": ALL,
  // Sales create contacts and log opt-ins on the road; marketers only read.
  "contacts:write": ["admin", "privacy_officer", "sales"],
  // Taking the (filtered) contact base out as a file: whoever plans outreach or answers for the
  // data; not sales, who work contact by contact and carry phones that get lost.
  "contacts:export": ["admin", "privacy_officer", "marketer"],
  // Tags plan work (who to call, who to invite): marketers plan outreach, sales plan their calls.
  // A tag narrows who is considered; it never makes anyone reachable.
  "contacts:tag": ["admin", "privacy_officer", "marketer", "sales"],
  "consents:record": ["admin", "privacy_officer", "sales"],
  "consents:withdraw": ["admin", "privacy_officer", "sales"],
  "consents:correct": ["admin", "privacy_officer"], // corrections/invalidation of consent records
  "objections:record": ["admin", "privacy_officer", "sales"],
  // Recording that a person was told about their data (AVG art. 14): whoever reaches out records it
  // (sales by phone, marketing by post); the privacy officer keeps the list of who is still owed it.
  "notices:record": ["admin", "privacy_officer", "marketer", "sales"],
  "notices:review": ["admin", "privacy_officer"],
  "purposes:manage": ["admin", "privacy_officer"],
  "bases:manage": ["admin", "privacy_officer"],
  "relationships:manage": ["admin", "privacy_officer"],
  "restrictions:manage": ["admin", "privacy_officer"],
  "eligibility:read": ALL,
  "campaigns:read": ["admin", "privacy_officer", "marketer"],
  "campaigns:manage": ["admin", "marketer"],
  // Saved audiences (filters, not lists of people): whoever reads campaigns may see them.
  "segments:read": ["admin", "privacy_officer", "marketer"],
  "segments:manage": ["admin", "marketer"],
  "calls:use": ["admin", "sales"],
  "mailings:export": ["admin", "marketer"],
  "outbox:read": ["admin", "privacy_officer", "marketer"],
  // Sign-up forms for the website: the privacy officer and marketing build them together.
  "signup-forms:manage": ["admin", "privacy_officer", "marketer"],
  // Anyone may register an incoming request: sales staff receive them too.
  "requests:register": ALL,
  "requests:manage": ["admin", "privacy_officer"],
  "api-keys:manage": ["admin"],
  "webhooks:manage": ["admin"],
  // Bringing in a contact base (any format, any provenance) and undoing it.
  "imports:run": ["admin", "privacy_officer", "marketer"],
  // Sales may import the vCards of business cards they collected themselves (nothing else).
  "imports:vcard": ALL,
  // The privacy officer's desk: breach register (AVG art. 33/34) and retention (art. 5 lid 1 sub e).
  "breaches:manage": ["admin", "privacy_officer"],
  "retention:manage": ["admin", "privacy_officer"],
  "processors:manage": ["admin", "privacy_officer"],
  "registers:manage": ["admin", "privacy_officer"],
  // Dashboard sections: the privacy desk (breach clocks, requests, processors, retention) for the
  // privacy officer; outreach figures for marketers too; everyone else sees only their own opt-ins.
  "dashboard:privacy": ["admin", "privacy_officer"],
  "dashboard:outreach": ["admin", "privacy_officer", "marketer"],
  "dashboard:all-opt-ins": ["admin", "privacy_officer", "marketer"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_KEYS = Object.keys(PERMISSIONS) as [Permission, ...Permission[]];

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
