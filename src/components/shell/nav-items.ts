import type { Permission } from "@/domain/access/permissions";

/** The navigation, each entry guarded by the permission its page requires (one source of truth). */
export type NavItem = { href: string; labelKey: string; permission: Permission };

export const NAV_ITEMS: NavItem[] = [
  { href: "/", labelKey: "dashboard", permission: "dashboard:view" },
  { href: "/contacts", labelKey: "contacts", permission: "contacts:read" },
  { href: "/opt-in", labelKey: "logOptIn", permission: "consents:record" },
  { href: "/purposes", labelKey: "purposes", permission: "purposes:manage" },
  { href: "/requests", labelKey: "requests", permission: "requests:register" },
  { href: "/admin/users", labelKey: "users", permission: "users:manage" },
  { href: "/audit", labelKey: "audit", permission: "audit:read" },
  { href: "/settings", labelKey: "settings", permission: "settings:manage" },
];
