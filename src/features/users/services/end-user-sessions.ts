import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";

/**
 * Ends every session of a user at once, from the users screen: for a phone that was lost or
 * stolen while signed in. The session version is bumped, so the session on that phone (and on
 * every other device of the user) is treated as signed out on its next request; the account
 * itself stays active, and the user signs in again on a new device. What the lost phone still
 * holds offline (opt-ins not yet sent) can no longer reach the server with that session.
 */
export async function endUserSessions(db: Db, ctx: AuditContext, userId: string) {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw new AppError("NOT_FOUND", "This user does not exist.");
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await writeAuditEvent(tx, ctx, { action: "user.sessions_ended", target: { type: "user", id: userId } });
  });
}
