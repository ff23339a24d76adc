import type { Db } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { logger } from "@/server/logger";
import type { MailTransport } from "@/server/mail/gate";
import { claimNextCampaign, LeaseLost, type Lease } from "./campaign-lease";
import { countRecipients, getCampaign } from "./get-campaign";
import { materialiseRecipients } from "./materialise-recipients";
import { sendPending, type SendHooks } from "./send-pending";

/** One worker tick: claim campaigns one by one (queued, or abandoned by a crashed instance) and
 *  send each to the end. Returns the ids it finished. */
export async function runCampaigns(db: Db, transport: MailTransport, hooks: SendHooks = {}): Promise<string[]> {
  const finished: string[] = [];
  for (let lease = await claimNextCampaign(db); lease; lease = await claimNextCampaign(db)) {
    try {
      await processCampaign(db, transport, lease, hooks);
      finished.push(lease.campaignId);
    } catch (error) {
      if (error instanceof LeaseLost) logger.warn("campaign lease lost", { campaignId: lease.campaignId });
      else throw error; // the lease runs out and a later tick resumes where this one stopped
    }
  }
  return finished;
}

async function processCampaign(db: Db, transport: MailTransport, lease: Lease, hooks: SendHooks) {
  const c = await getCampaign(db, lease.campaignId);
  logger.info("campaign sending", { campaignId: c.id });
  await materialiseRecipients(db, lease, c);
  await sendPending(db, transport, lease, c, hooks);
  const counts = await countRecipients(db, c.id);
  await db.$transaction(async (tx) => {
    const done = await tx.campaign.updateMany({
      where: { id: c.id, status: "sending", lockedUntil: lease.until },
      data: { status: "sent", finishedAt: new Date(), lockedUntil: null },
    });
    if (done.count === 0) throw new LeaseLost(c.id);
    await writeAuditEvent(tx, SYSTEM, {
      action: "campaign.sent",
      target: { type: "campaign", id: c.id },
      metadata: { sent: counts.sent, blocked: counts.blocked, failed: counts.failed, total: counts.total },
    });
  });
  logger.info("campaign sent", { campaignId: c.id, ...counts });
}
