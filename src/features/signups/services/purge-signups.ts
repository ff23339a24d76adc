import type { Db } from "@/server/db";
import { SYSTEM, type AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";

/**
 * Deletes sign-ups that were never confirmed within the configured number of days: without the
 * confirmation there is no consent, and no reason to keep the address (AVG art. 5 lid 1 sub c, e).
 * The audit trail gets the count only.
 */
export async function purgeUnconfirmedSignups(db: Db, ctx: AuditContext = SYSTEM, opts: { now?: Date } = {}) {
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    const settings = await tx.organisationSettings.findUnique({ where: { id: 1 }, select: { signupPurgeDays: true } });
    const days = settings?.signupPurgeDays ?? 7;
    const before = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
    const { count } = await tx.pendingSignup.deleteMany({ where: { status: "pending", submittedAt: { lte: before } } });
    if (count > 0)
      await writeAuditEvent(tx, ctx, {
        action: "signup.purged",
        target: { type: "signup", id: "unconfirmed" },
        metadata: { count, olderThanDays: days },
      });
    return { count };
  });
}
