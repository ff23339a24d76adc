import type { Db, Tx } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { hashPassword } from "@/server/auth/password";
import type { Role } from "@/domain/vocabulary";

async function findUserOrThrow(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId } });
  if (!user) throw new AppError("NOT_FOUND", "This user does not exist.");
  return user;
}

/**
 * Keeps at least one active administrator, so nobody can lock the organisation out of its own app.
 * Check and change must be one step: two administrators demoting each other at the same moment
 * would each see the other one still active. A transaction-scoped advisory lock serialises every
 * change that can remove an administrator, across app instances.
 */
const ADMIN_CHANGE_LOCK = 72707370;

async function assertAnotherActiveAdmin(tx: Tx, userId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMIN_CHANGE_LOCK}::bigint)`;
  const others = await tx.user.count({ where: { role: "admin", active: true, id: { not: userId } } });
  if (others === 0)
    throw new AppError("CONFLICT", "This is the last active administrator; appoint another one first.", {
      key: "validation.lastAdmin",
    });
}

export async function changeUserRole(db: Db, ctx: AuditContext, userId: string, role: Role) {
  return db.$transaction(async (tx) => {
    const user = await findUserOrThrow(tx, userId);
    if (user.role === role) return;
    if (user.role === "admin") await assertAnotherActiveAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { role } });
    await writeAuditEvent(tx, ctx, {
      action: "user.role_changed",
      target: { type: "user", id: userId },
      metadata: { from: user.role, to: role },
    });
  });
}

/** Deactivated users cannot sign in and their sessions end; their past actions stay attributed. */
export async function setUserActive(db: Db, ctx: AuditContext, userId: string, active: boolean) {
  return db.$transaction(async (tx) => {
    const user = await findUserOrThrow(tx, userId);
    if (user.active === active) return;
    if (!active && ctx.actor.id === userId)
      throw new AppError("CONFLICT", "You cannot deactivate your own account.", { key: "validation.selfDeactivate" });
    if (!active && user.role === "admin") await assertAnotherActiveAdmin(tx, userId);
    await tx.user.update({
      where: { id: userId },
      data: { active, deactivatedAt: active ? null : new Date(), sessionVersion: { increment: 1 } },
    });
    await writeAuditEvent(tx, ctx, {
      action: active ? "user.reactivated" : "user.deactivated",
      target: { type: "user", id: userId },
    });
  });
}

/** A new password ends every existing session of the user. */
export async function resetUserPassword(db: Db, ctx: AuditContext, userId: string, password: string) {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    await findUserOrThrow(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await writeAuditEvent(tx, ctx, { action: "user.password_reset", target: { type: "user", id: userId } });
  });
}
