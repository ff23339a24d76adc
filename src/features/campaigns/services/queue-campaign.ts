import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";

/** Send: the draft is queued for the background worker, which decides every recipient again. */
export async function queueCampaign(db: Db, ctx: AuditContext, campaignId: string) {
  return db.$transaction(async (tx) => {
    const updated = await tx.campaign.updateMany({
      where: { id: campaignId, status: "draft", channel: "email" },
      data: { status: "queued", queuedAt: new Date() },
    });
    if (updated.count === 0) {
      const exists = await tx.campaign.findUnique({ where: { id: campaignId }, select: { id: true } });
      if (!exists)
        throw new AppError("NOT_FOUND", "This campaign does not exist.", { key: "campaigns.errors.notFound" });
      throw new AppError("CONFLICT", "This campaign has been sent already.", { key: "campaigns.errors.notDraft" });
    }
    await writeAuditEvent(tx, ctx, { action: "campaign.queued", target: { type: "campaign", id: campaignId } });
  });
}
