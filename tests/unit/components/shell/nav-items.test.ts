import { describe, expect, it } from "vitest";
import { can } from "@/domain/access/permissions";
import { ROLES } from "@/domain/vocabulary";
import {
  FIRST_TASKS,
  NAV_GROUPS,
  NAV_ITEMS,
  firstTaskFor,
  isCurrent,
  navFor,
  type NavItem,
} from "@/components/shell/nav-items";

const hrefs = (role: (typeof ROLES)[number]) => navFor(role).flatMap((s) => s.items.map((i) => i.href));

describe("navigation grouped by the work", () => {
  it("gives every role exactly the entries its permissions allow, each once", () => {
    for (const role of ROLES) {
      const expected = NAV_ITEMS.filter((i) => can(role, i.permission)).map((i) => i.href);
      expect(hrefs(role).sort()).toEqual([...expected].sort());
      expect(new Set(hrefs(role)).size).toBe(hrefs(role).length);
    }
  });

  it("puts the entries in the groups of the work, in the groups' order", () => {
    const admin = navFor("admin");
    expect(admin.map((s) => s.group)).toEqual([...NAV_GROUPS]);
    const group = (g: string) => admin.find((s) => s.group === g)!.items.map((i) => i.href);
    expect(group("contacts")).toEqual(["/contacts", "/opt-in", "/imports", "/forms"]);
    expect(group("outreach")).toEqual(["/campaigns", "/segments", "/calls", "/mailings", "/outbox", "/rules"]);
    expect(group("privacy")).toEqual([
      "/requests",
      "/notices",
      "/registers/processing",
      "/registers/processors",
      "/breaches",
      "/retention",
      "/audit",
    ]);
    expect(group("admin")).toEqual([
      "/admin/users",
      "/admin/api-keys",
      "/admin/webhooks",
      "/settings",
      "/purposes",
      "/api-docs",
    ]);
  });

  it("keeps the administration and the privacy desk away from sales", () => {
    const sales = navFor("sales");
    const adminGroup = sales.find((s) => s.group === "admin")!;
    expect(adminGroup.items.map((i) => i.href)).toEqual(["/api-docs"]);
    expect(hrefs("sales")).not.toContain("/admin/users");
    expect(hrefs("sales")).not.toContain("/audit");
    expect(hrefs("sales")).toContain("/opt-in");
    expect(hrefs("marketer")).not.toContain("/opt-in");
  });

  it("leaves out a group with no entry the role may follow", () => {
    const items: NavItem[] = [
      { href: "/", labelKey: "dashboard", permission: "dashboard:view", group: "home" },
      { href: "/admin/users", labelKey: "users", permission: "users:manage", group: "admin" },
    ];
    expect(navFor("sales", items).map((s) => s.group)).toEqual(["home"]);
    expect(navFor("admin", items).map((s) => s.group)).toEqual(["home", "admin"]);
  });

  it("marks the current page and the pages below it, and the dashboard only on itself", () => {
    expect(isCurrent("/contacts", "/contacts")).toBe(true);
    expect(isCurrent("/contacts", "/contacts/0190c1f2-0000-7000-8000-000000000000")).toBe(true);
    expect(isCurrent("/registers/processing", "/registers/processors")).toBe(false);
    expect(isCurrent("/", "/contacts")).toBe(false);
    expect(isCurrent("/", "/")).toBe(true);
  });
});

describe("the first task at the top", () => {
  it("is the role's own job, chosen by permission", () => {
    expect(firstTaskFor("sales")?.href).toBe("/opt-in");
    expect(firstTaskFor("privacy_officer")?.href).toBe("/requests");
    expect(firstTaskFor("marketer")?.href).toBe("/campaigns");
    expect(firstTaskFor("admin")).not.toBeNull();
  });

  it("is always a page the role may open, and listed in the navigation", () => {
    for (const role of ROLES) {
      const task = firstTaskFor(role);
      if (!task) continue;
      expect(can(role, task.permission)).toBe(true);
      expect(hrefs(role)).toContain(task.href);
    }
  });

  it("takes the first task in order whose permission the role holds, and none without any", () => {
    const tasks = [
      { href: "/a", labelKey: "a", permission: "users:manage" as const },
      { href: "/b", labelKey: "b", permission: "calls:use" as const },
    ];
    expect(firstTaskFor("sales", tasks)?.href).toBe("/b");
    expect(firstTaskFor("admin", tasks)?.href).toBe("/a");
    expect(firstTaskFor("marketer", tasks)).toBeNull();
    expect(FIRST_TASKS.length).toBeGreaterThan(0);
  });
});
