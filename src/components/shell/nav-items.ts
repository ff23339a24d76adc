import { can, type Permission } from "@/domain/access/permissions";
import type { Role } from "@/domain/vocabulary";

/**
 * The navigation, each entry guarded by the permission its page requires (one source of truth),
 * grouped by the work people come to do.
 */
export const NAV_GROUPS = ["home", "contacts", "outreach", "privacy", "admin"] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

export type NavItem = { href: string; labelKey: string; permission: Permission; group: NavGroup };

export const NAV_ITEMS: NavItem[] = [
  { href: "/", labelKey: "dashboard", permission: "dashboard:view", group: "home" },
  { href: "/contacts", labelKey: "contacts", permission: "contacts:read", group: "contacts" },
  { href: "/opt-in", labelKey: "logOptIn", permission: "consents:record", group: "contacts" },
  { href: "/imports", labelKey: "imports", permission: "imports:vcard", group: "contacts" },
  { href: "/forms", labelKey: "signupForms", permission: "signup-forms:manage", group: "contacts" },
  { href: "/campaigns", labelKey: "campaigns", permission: "campaigns:read", group: "outreach" },
  { href: "/segments", labelKey: "segments", permission: "segments:read", group: "outreach" },
  { href: "/calls", labelKey: "callLists", permission: "calls:use", group: "outreach" },
  { href: "/mailings", labelKey: "mailings", permission: "mailings:export", group: "outreach" },
  { href: "/outbox", labelKey: "outbox", permission: "outbox:read", group: "outreach" },
  { href: "/rules", labelKey: "rules", permission: "eligibility:read", group: "outreach" },
  { href: "/requests", labelKey: "requests", permission: "requests:register", group: "privacy" },
  { href: "/notices", labelKey: "notices", permission: "notices:review", group: "privacy" },
  { href: "/registers/processing", labelKey: "processingRegister", permission: "registers:manage", group: "privacy" },
  { href: "/registers/processors", labelKey: "processors", permission: "processors:manage", group: "privacy" },
  { href: "/breaches", labelKey: "breaches", permission: "breaches:manage", group: "privacy" },
  { href: "/retention", labelKey: "retention", permission: "retention:manage", group: "privacy" },
  { href: "/audit", labelKey: "audit", permission: "audit:read", group: "privacy" },
  { href: "/admin/users", labelKey: "users", permission: "users:manage", group: "admin" },
  { href: "/admin/api-keys", labelKey: "apiKeys", permission: "api-keys:manage", group: "admin" },
  { href: "/admin/webhooks", labelKey: "webhooks", permission: "webhooks:manage", group: "admin" },
  { href: "/settings", labelKey: "settings", permission: "settings:manage", group: "admin" },
  { href: "/purposes", labelKey: "purposes", permission: "purposes:manage", group: "admin" },
  { href: "/api-docs", labelKey: "apiDocs", permission: "dashboard:view", group: "admin" },
];

export type NavSection = { group: NavGroup; items: NavItem[] };

/** The entries a role may follow, in their groups and in NAV_GROUPS order; a group with none is left out. */
export function navFor(role: Role, items: readonly NavItem[] = NAV_ITEMS): NavSection[] {
  const allowed = items.filter((i) => can(role, i.permission));
  return NAV_GROUPS.map((group) => ({ group, items: allowed.filter((i) => i.group === group) })).filter(
    (s) => s.items.length > 0,
  );
}

/**
 * The job a role comes in for, most specialised first: whoever answers data-subject requests
 * starts there, whoever runs campaigns starts with those, whoever records consent in the field
 * starts with an opt-in. Chosen by permission, so a new role gets a first task without code.
 */
export type FirstTask = { href: string; labelKey: string; permission: Permission };

export const FIRST_TASKS: readonly FirstTask[] = [
  { href: "/requests", labelKey: "firstTask.requests", permission: "requests:manage" },
  { href: "/campaigns", labelKey: "firstTask.campaigns", permission: "campaigns:manage" },
  { href: "/opt-in", labelKey: "firstTask.logOptIn", permission: "consents:record" },
];

export function firstTaskFor(role: Role, tasks: readonly FirstTask[] = FIRST_TASKS): FirstTask | null {
  return tasks.find((t) => can(role, t.permission)) ?? null;
}

/** Whether `href` is the page at `pathname` or one below it ("/" only for itself). */
export function isCurrent(href: string, pathname: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}
