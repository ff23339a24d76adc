import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { isLate } from "@/domain/breaches";
import { parseInput } from "@/server/validation/parse-input";
import { actorUserId } from "@/server/audit/actor";
import { ZRecordNotificationInput, type TRecordNotificationInput } from "../schemas";
import { lockBreach } from "./lock-breach";

const fieldError = (field: string, key: string, message: string) =>
  new AppError("INVALID_INPUT", message, { fields: [{ field, message: key, key }] });

/**
 * Records a notification to the Autoriteit Persoonsgegevens. The first is the initial one; more
 * information later is a supplement (art. 33 lid 4: "in phases without undue further delay"). An
 * initial notification after the 72 hours must carry the reasons for the delay (art. 33 lid 1).
 */
export async function recordNotification(db: Db, ctx: AuditContext, raw: TRecordNotificationInput, now = new Date()) {
  const input = parseInput(ZRecordNotificationInput, raw);
  if (input.sentAt.getTime() > now.getTime() + 60_000) {
    throw fieldError("sentAt", "breaches.errors.sentInFuture", "A notification cannot have been sent in the future.");
  }
  return db.$transaction(async (tx) => {
    const breach = await lockBreach(tx, input.breachId);
    const initial = breach.notifications.find((n) => n.phase === "initial");
    if (input.phase === "initial" && initial) {
      throw fieldError("phase", "breaches.errors.initialExists", "The initial notification is recorded already.");
    }
    if (input.phase === "supplement" && !initial) {
      throw fieldError("phase", "breaches.errors.initialFirst", "Record the initial notification first.");
    }
    if (input.phase === "supplement" && initial && input.sentAt < initial.sentAt) {
      throw fieldError("sentAt", "breaches.errors.supplementBeforeInitial", "A supplement follows the initial one.");
    }
    const late = input.phase === "initial" && isLate(breach.awareAt, input.sentAt);
    if (late && !input.lateReason) {
      throw fieldError("lateReason", "breaches.errors.lateReasonRequired", "Give the reasons for the delay.");
    }
    const notification = await tx.breachNotification.create({
      data: {
        breachId: breach.id,
        phase: input.phase,
        sentAt: input.sentAt,
        reference: input.reference ?? null,
        summary: input.summary,
        recordedById: actorUserId(ctx),
      },
      select: { id: true },
    });
    if (input.phase === "initial") {
      // Notifying the authority settles that it was needed: a "not needed" reasoning no longer applies.
      await tx.breach.update({
        where: { id: breach.id },
        data: {
          lateReason: late ? input.lateReason : null,
          notNotifiedReason: null,
          ...(breach.risk === "unlikely" ? { risk: "risk" } : {}),
        },
      });
    }
    await writeAuditEvent(tx, ctx, {
      action: "breach.notified",
      target: { type: "breach", id: breach.id },
      metadata: { notificationId: notification.id, phase: input.phase, late },
    });
    return { id: notification.id, late };
  });
}
