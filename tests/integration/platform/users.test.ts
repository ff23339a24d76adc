import { describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { createTestDatabase } from "../../support/test-database";
import { SYSTEM } from "@/server/audit/actor";
import { createFirstAdmin } from "@/features/users/services/create-first-admin";
import { createUser } from "@/features/users/services/create-user";
import { changeUserRole, resetUserPassword, setUserActive } from "@/features/users/services/update-user";
import { authenticate } from "@/server/auth/authenticate";
import { verifyAuditChain } from "@/server/audit/verify-audit-chain";

const PASSWORD = "correct horse battery staple";

/** Runs `fn` on a freshly migrated database with no users, dropped afterwards. */
async function withEmptyDatabase(fn: (db: Db) => Promise<void>) {
  const fresh = await createTestDatabase();
  try {
    await fn(fresh.prisma);
  } finally {
    await fresh.drop();
  }
}

describe("users and sign-in", () => {
  it("first-run setup creates one administrator and then refuses", async () => {
    // Setup only works on an installation without users: a database of its own, whatever else ran.
    await withEmptyDatabase(async (db) => {
      const admin = await createFirstAdmin(db, {
        name: "Eerste Beheerder",
        email: "first@example.test",
        password: PASSWORD,
      });
      expect(admin.role).toBe("admin");
      await expect(
        createFirstAdmin(db, { name: "Tweede", email: "second@example.test", password: PASSWORD }),
      ).rejects.toThrow(/already/);
      expect(await db.user.count({ where: { email: "second@example.test" } })).toBe(0);
    });
  });

  it("stores a memory-hard hash, never the password, and never returns the hash by default", async () => {
    const db = await getDb();
    const u = await createUser(db, SYSTEM, {
      name: "Hash",
      email: "hash@example.test",
      role: "sales",
      password: PASSWORD,
    });
    const row = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row).not.toHaveProperty("passwordHash");
    const raw = await db.user.findUniqueOrThrow({ where: { id: u.id }, omit: { passwordHash: false } });
    expect(raw.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(raw.passwordHash).not.toContain(PASSWORD);
  });

  it("refuses a duplicate e-mail with a field error", async () => {
    const db = await getDb();
    await createUser(db, SYSTEM, { name: "Dup", email: "dup@example.test", role: "sales", password: PASSWORD });
    await expect(
      createUser(db, SYSTEM, { name: "Dup 2", email: "dup@example.test", role: "sales", password: PASSWORD }),
    ).rejects.toMatchObject({ code: "CONFLICT", fields: [{ field: "email" }] });
  });

  it("signs in with the right password only, and not when deactivated", async () => {
    const db = await getDb();
    const u = await createUser(db, SYSTEM, {
      name: "Sign",
      email: "sign@example.test",
      role: "marketer",
      password: PASSWORD,
    });
    expect(await authenticate(db, "SIGN@example.test ", PASSWORD, "10.0.0.1")).toMatchObject({ ok: true });
    expect(await authenticate(db, "sign@example.test", "wrong password!!", "10.0.0.1")).toEqual({
      ok: false,
      reason: "invalid",
    });
    await setUserActive(db, { actor: { type: "user", id: "00000000-0000-7000-8000-000000000000" } }, u.id, false);
    expect(await authenticate(db, "sign@example.test", PASSWORD, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
    const after = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(after.sessionVersion).toBe(2);
  });

  it("slows an account down after five failures, even with the right password, and an IP after twenty", async () => {
    const db = await getDb();
    const now = new Date();
    await createUser(db, SYSTEM, {
      name: "Throttle",
      email: "throttle@example.test",
      role: "sales",
      password: PASSWORD,
    });
    for (let i = 0; i < 5; i++)
      await authenticate(db, "throttle@example.test", `wrong-${i}-xxxxxx`, `10.1.0.${i}`, now);
    expect(await authenticate(db, "throttle@example.test", PASSWORD, "10.1.0.99", now)).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    for (let i = 0; i < 20; i++) await authenticate(db, `nobody-${i}@example.test`, "wrong-xxxxxxxx", "10.2.0.1", now);
    expect(await authenticate(db, "hash@example.test", PASSWORD, "10.2.0.1", now)).toMatchObject({
      ok: false,
      reason: "throttled",
    });
  }, 180_000); // 26 scrypt hashes (128 MiB each) on a busy machine

  it("keeps at least one active administrator", async () => {
    // One administrator and no other: an installation of its own, so admins made elsewhere don't count.
    await withEmptyDatabase(async (db) => {
      const admin = await createFirstAdmin(db, {
        name: "Enige Beheerder",
        email: "only@example.test",
        password: PASSWORD,
      });
      await expect(changeUserRole(db, SYSTEM, admin.id, "sales")).rejects.toMatchObject({ code: "CONFLICT" });
      await expect(setUserActive(db, SYSTEM, admin.id, false)).rejects.toMatchObject({ code: "CONFLICT" });
      // With a second active administrator, the first may step down.
      const second = await createUser(db, SYSTEM, {
        name: "Tweede Beheerder",
        email: "second-admin@example.test",
        role: "admin",
        password: PASSWORD,
      });
      await changeUserRole(db, SYSTEM, admin.id, "sales");
      await expect(setUserActive(db, SYSTEM, second.id, false)).rejects.toMatchObject({ code: "CONFLICT" });
    });
  });

  it("a password reset ends existing sessions, and every change is in an intact audit chain", async () => {
    const db = await getDb();
    const u = await createUser(db, SYSTEM, {
      name: "Reset",
      email: "reset@example.test",
      role: "sales",
      password: PASSWORD,
    });
    await resetUserPassword(db, SYSTEM, u.id, "another long password");
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).sessionVersion).toBe(2);
    const events = await db.auditEvent.findMany({ where: { targetId: u.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["user.created", "user.password_reset"]);
    expect(JSON.stringify(events.map((e) => ({ ...e, seq: String(e.seq) })))).not.toContain("reset@example.test");
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();
  });
});
