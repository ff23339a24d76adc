import { describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { endUserSessions } from "@/features/users/services/end-user-sessions";
import { type AppError } from "@/server/errors";
import { createStaffUser, userContext } from "../../factories/users";

describe("endUserSessions (a lost phone)", () => {
  it("ends every session of the user at once and keeps the account active, audited", async () => {
    const db = testDb();
    const admin = await createStaffUser(db, "admin");
    const rep = await createStaffUser(db, "sales");
    const before = await db.user.findUniqueOrThrow({ where: { id: rep.id } });
    await endUserSessions(db, userContext(admin.id, "admin"), rep.id);
    const after = await db.user.findUniqueOrThrow({ where: { id: rep.id } });
    // A session carries the version it was issued with; getCurrentUser refuses any other.
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.active).toBe(true);
    const event = await db.auditEvent.findFirst({ where: { action: "user.sessions_ended", targetId: rep.id } });
    expect(event?.actorId).toBe(admin.id);
  });

  it("answers NOT_FOUND for a user that does not exist", async () => {
    const db = testDb();
    const admin = await createStaffUser(db, "admin");
    const error = await endUserSessions(db, userContext(admin.id, "admin"), crypto.randomUUID()).catch(
      (e: unknown) => e as AppError,
    );
    expect(error?.code).toBe("NOT_FOUND");
  });
});
