/** Staff factories, named by state; they go through the real user service. */
import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db";
import { SYSTEM, type AuditContext } from "@/server/audit/actor";
import type { Role } from "@/domain/vocabulary";
import { createUser } from "@/features/users/services/create-user";

const uniq = () => randomBytes(4).toString("hex");

/** A staff member who can sign in (privacy officer unless another role is asked for). */
export async function createStaffUser(db: Db, role: Role = "privacy_officer", name = `Staff ${uniq()}`) {
  return createUser(db, SYSTEM, {
    name,
    email: `staff-${uniq()}@grondslag.test`,
    role,
    password: "correct horse battery",
  });
}

/** What the services see of a signed-in staff member's request. */
export function userContext(userId: string, role: string = "privacy_officer"): AuditContext {
  return {
    actor: { type: "user", id: userId, role },
    request: { requestId: `test-${randomBytes(8).toString("hex")}`, ip: "127.0.0.1" },
  };
}

/** A signed-in staff member as the services see them (a real user row, so names resolve). */
export async function createStaffActor(
  db: Db,
  role: Role = "sales",
  name?: string,
): Promise<AuditContext & { userId: string; name: string }> {
  const user = await createStaffUser(db, role, name);
  return { ...userContext(user.id, role), userId: user.id, name: user.name };
}
