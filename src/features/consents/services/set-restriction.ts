import { AppError, refuseIfProblems } from "@/server/errors";
import { actorUserId } from "@/server/audit/actor";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { enqueueWebhookEvent } from "@/features/webhooks";
import { lockContact } from "@/server/db/lock-contact";
import {
  ZLiftRestrictionInput,
  ZSetRestrictionInput,
  type TLiftRestrictionInput,
  type TSetRestrictionInput,
} from "../schemas";
import { notInFuture } from "../rules/record-rules";
import { parseInput } from "@/server/validation/parse-input";

/**
 * Restriction of processing (AVG art. 18): the record is kept but used for nothing (outreach rule 2)
 * until lifted. One restriction in force at a time; the history of set/lift stays.
 */
export async function setRestriction(
  db: Db,
  ctx: AuditContext,
  contactId: string,
  raw: TSetRestrictionInput,
  opts: { now?: Date; requestId?: string } = {},
) {
  const input = parseInput(ZSetRestrictionInput, raw);
  const now = opts.now ?? new Date();
  const setAt = input.setAt ?? now;
  refuseIfProblems(notInFuture(setAt, now, "setAt"), false);
  return db.$transaction(async (tx) => {
    await lockContact(tx, contactId);
    const active = await tx.restriction.findFirst({ where: { contactId, liftedAt: null }, select: { id: true } });
    if (active)
      throw new AppError("CONFLICT", "Processing is already restricted for this contact.", {
        key: "consents.errors.alreadyRestricted",
      });
    const restriction = await tx.restriction.create({
      data: { contactId, reason: input.reason, setAt, setById: actorUserId(ctx), requestId: opts.requestId ?? null },
    });
    await writeAuditEvent(tx, ctx, {
      action: "restriction.set",
      target: { type: "contact", id: contactId },
      metadata: { restrictionId: restriction.id },
    });
    await enqueueWebhookEvent(tx, "restriction.set", {
      contactId,
      restrictionId: restriction.id,
      setAt: restriction.setAt.toISOString(),
      requestId: restriction.requestId,
    });
    return restriction;
  });
}

/** Lifting is recorded with its reason; art. 18 lid 3 requires telling the person beforehand. */
export async function liftRestriction(
  db: Db,
  ctx: AuditContext,
  contactId: string,
  raw: TLiftRestrictionInput,
  opts: { now?: Date } = {},
) {
  const input = parseInput(ZLiftRestrictionInput, raw);
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    await lockContact(tx, contactId);
    const restriction = await tx.restriction.findUnique({ where: { id: input.restrictionId } });
    if (!restriction || restriction.contactId !== contactId)
      throw new AppError("NOT_FOUND", "This restriction does not exist for this contact.");
    if (restriction.liftedAt)
      throw new AppError("CONFLICT", "This restriction has already been lifted.", {
        key: "consents.errors.alreadyLifted",
      });
    const lifted = await tx.restriction.update({
      where: { id: restriction.id },
      data: { liftedAt: now, liftReason: input.reason, liftedById: actorUserId(ctx) },
    });
    await writeAuditEvent(tx, ctx, {
      action: "restriction.lifted",
      target: { type: "contact", id: contactId },
      metadata: { restrictionId: restriction.id },
    });
    await enqueueWebhookEvent(tx, "restriction.lifted", {
      contactId,
      restrictionId: lifted.id,
      liftedAt: (lifted.liftedAt ?? now).toISOString(),
    });
    return lifted;
  });
}
