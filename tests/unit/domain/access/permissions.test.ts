import { describe, expect, it } from "vitest";
import { can, PERMISSIONS } from "@/domain/access/permissions";
import { ROLES } from "@/domain/vocabulary";

describe("permission matrix", () => {
  it("only administrators manage users and API keys", () => {
    expect(ROLES.filter((r) => can(r, "users:manage"))).toEqual(["admin"]);
    expect(ROLES.filter((r) => can(r, "api-keys:manage"))).toEqual(["admin"]);
  });

  it("marketers read contacts but do not write them or record consent", () => {
    expect(can("marketer", "contacts:read")).toBe(true);
    expect(can("marketer", "contacts:write")).toBe(false);
    expect(can("marketer", "consents:record")).toBe(false);
  });

  it("sales log opt-ins, withdrawals and objections but do not manage purposes or restriction", () => {
    for (const p of ["contacts:write", "consents:record", "consents:withdraw", "objections:record"] as const)
      expect(can("sales", p)).toBe(true);
    for (const p of ["purposes:manage", "restrictions:manage", "bases:manage", "requests:manage"] as const)
      expect(can("sales", p)).toBe(false);
  });

  it("everyone may register a data-subject request; only the privacy officer and admins handle it", () => {
    expect(ROLES.every((r) => can(r, "requests:register"))).toBe(true);
    expect(ROLES.filter((r) => can(r, "requests:manage")).sort()).toEqual(["admin", "privacy_officer"]);
  });

  it("the contact base leaves as a file only with those who plan outreach or answer for the data", () => {
    expect(ROLES.filter((r) => can(r, "contacts:export")).sort()).toEqual(["admin", "marketer", "privacy_officer"]);
  });

  it("every permission names only known roles", () => {
    for (const roles of Object.values(PERMISSIONS)) for (const r of roles) expect(ROLES).toContain(r);
  });
});
