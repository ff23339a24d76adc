import type { Permission } from "@/domain/access/permissions";

/** The navigation, each entry guarded by the permission its page requires (one source of truth). */
export type NavItem = { href: string; labelKey: string; permission: Permission };

export const NAV_ITEMS: NavItem[] = [
  { href: "/", labelKey: "dashboard", permission: "dashboard:view" },
  { href: "/contacts", labelKey: "contacts", permission: "contacts:read" },
  { href: "/opt-in", labelKey: "logOptIn", permission: "consents:record" },
  { href: "/imports", labelKey: "imports", permission: "imports:vcard" },
  { href: "/purposes", labelKey: "purposes", permission: "purposes:manage" },
  { href: "/campaigns", labelKey: "campaigns", permission: "campaigns:read" },
  { href: "/forms", labelKey: "signupForms", permission: "signup-forms:manage" },
  { href: "/calls", labelKey: "callLists", permission: "calls:use" },
  { href: "/mailings", labelKey: "mailings", permission: "mailings:export" },
  { href: "/outbox", labelKey: "outbox", permission: "outbox:read" },
  { href: "/requests", labelKey: "requests", permission: "requests:register" },
  { href: "/breaches", labelKey: "breaches", permission: "breaches:manage" },
  { href: "/retention", labelKey: "retention", permission: "retention:manage" },
  { href: "/notices", labelKey: "notices", permission: "notices:review" },
  { href: "/registers/processing", labelKey: "processingRegister", permission: "registers:manage" },
  { href: "/registers/processors", labelKey: "processors", permission: "processors:manage" },
  { href: "/admin/users", labelKey: "users", permission: "users:manage" },
  { href: "/admin/api-keys", labelKey: "apiKeys", permission: "api-keys:manage" },
  { href: "/admin/webhooks", labelKey: "webhooks", permission: "webhooks:manage" },
  { href: "/audit", labelKey: "audit", permission: "audit:read" },
  { href: "/rules", labelKey: "rules", permission: "eligibility:read" },
  { href: "/settings", labelKey: "settings", permission: "settings:manage" },
  { href: "/api-docs", labelKey: "apiDocs", permission: "dashboard:view" },
];
