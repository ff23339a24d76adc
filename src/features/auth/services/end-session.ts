import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";

/**
 * Signing out ends the session on the server, not only in the browser: the session version is
 * bumped, so a copied session cookie (a shared computer, a stolen laptop) is worthless from now on.
 * It signs the user out on their other devices too; that is the safe side.
 */
export async function endSession(db: Db, ctx: AuditContext, userId: string) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await writeAuditEvent(tx, ctx, { action: "user.signed_out", target: { type: "user", id: userId } });
  });
}
