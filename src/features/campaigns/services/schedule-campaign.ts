import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { z } from "zod";

/** The moment is already a Date here: the form's Amsterdam wall time is read at the boundary. */
const ZSchedule = z.object({ campaignId: z.uuid(), sendAt: z.date() });

/**
 * Plans a draft for a moment (entered in Europe/Amsterdam, stored as UTC). The worker starts it
 * when due and decides every recipient again then: the schedule fixes a time, not an audience.
 */
export async function scheduleCampaign(
  db: Db,
  ctx: AuditContext,
  raw: z.input<typeof ZSchedule>,
  now: Date = new Date(),
) {
  const input = parseInput(ZSchedule, raw);
  if (input.sendAt.getTime() <= now.getTime()) {
    const message = "Choose a moment in the future.";
    throw new AppError("INVALID_INPUT", message, {
      fields: [{ field: "sendAt", message, key: "campaigns.errors.sendAtPast" }],
    });
  }
  return db.$transaction(async (tx) => {
    const updated = await tx.campaign.updateMany({
      where: { id: input.campaignId, status: "draft", channel: "email" },
      data: { status: "scheduled", scheduledFor: input.sendAt },
    });
    if (updated.count === 0) await explainNotDraft(tx, input.campaignId);
    await writeAuditEvent(tx, ctx, {
      action: "campaign.scheduled",
      target: { type: "campaign", id: input.campaignId },
      metadata: { scheduledFor: input.sendAt.toISOString() },
    });
    return { scheduledFor: input.sendAt };
  });
}

/** Takes a scheduled campaign back to draft, as long as the worker has not started it. */
export async function cancelScheduledCampaign(db: Db, ctx: AuditContext, campaignId: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.campaign.findUnique({ where: { id: campaignId }, select: { scheduledFor: true } });
    const updated = await tx.campaign.updateMany({
      where: { id: campaignId, status: "scheduled" },
      data: { status: "draft", scheduledFor: null },
    });
    if (updated.count === 0) {
      if (!before)
        throw new AppError("NOT_FOUND", "This campaign does not exist.", { key: "campaigns.errors.notFound" });
      throw new AppError("CONFLICT", "This campaign is not scheduled (any more); it may have started.", {
        key: "campaigns.errors.notScheduled",
      });
    }
    await writeAuditEvent(tx, ctx, {
      action: "campaign.schedule_cancelled",
      target: { type: "campaign", id: campaignId },
      metadata: { scheduledFor: before?.scheduledFor?.toISOString() ?? null },
    });
  });
}

async function explainNotDraft(tx: Pick<Db, "campaign">, campaignId: string): Promise<never> {
  const exists = await tx.campaign.findUnique({ where: { id: campaignId }, select: { id: true } });
  if (!exists) throw new AppError("NOT_FOUND", "This campaign does not exist.", { key: "campaigns.errors.notFound" });
  throw new AppError("CONFLICT", "Only a draft can be scheduled.", { key: "campaigns.errors.notDraft" });
}
