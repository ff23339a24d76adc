import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { createUser } from "@/features/users/services/create-user";
import { changeUserRole, setUserActive } from "@/features/users/services/update-user";
import { endSession } from "@/features/auth/services/end-session";

const PASSWORD = "correct horse battery staple";

describe("sessions and administrators", () => {
  it("signing out ends the session on the server (the session version moves on)", async () => {
    const db = await getDb();
    const u = await createUser(db, SYSTEM, {
      name: "Out",
      email: `out-${Date.now()}@example.test`,
      role: "sales",
      password: PASSWORD,
    });
    const before = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    await endSession(db, SYSTEM, u.id);
    const after = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await db.auditEvent.count({ where: { action: "user.signed_out", targetId: u.id } })).toBe(1);
  });

  it("never lets two simultaneous changes remove the last two administrators", async () => {
    const db = await getDb();
    // Leave exactly two active administrators: the existing ones stay, two new ones are added, and
    // then the existing ones are demoted one by one (allowed while others remain).
    const a = await createUser(db, SYSTEM, {
      name: "A",
      email: `a-${Date.now()}@example.test`,
      role: "admin",
      password: PASSWORD,
    });
    const b = await createUser(db, SYSTEM, {
      name: "B",
      email: `b-${Date.now()}@example.test`,
      role: "admin",
      password: PASSWORD,
    });
    for (const other of await db.user.findMany({ where: { role: "admin", active: true, id: { notIn: [a.id, b.id] } } }))
      await changeUserRole(db, SYSTEM, other.id, "privacy_officer");
    const results = await Promise.allSettled([
      changeUserRole(db, SYSTEM, a.id, "marketer"),
      setUserActive(db, SYSTEM, b.id, false),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db.user.count({ where: { role: "admin", active: true } })).toBe(1);
  });
});
