import type { Db } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { logger } from "@/server/logger";
import type { MailTransport } from "@/server/mail/gate";
import { claimNextCampaign, LeaseLost, type Lease } from "./campaign-lease";
import { countRecipients, getCampaign } from "./get-campaign";
import { materialiseRecipients } from "./materialise-recipients";
import { sendPending, type SendHooks } from "./send-pending";

/** How long a campaign with temporarily refused recipients waits before the next try, per attempt. */
export const RETRY_DELAY_SECONDS = 5 * 60;

/** One worker tick: claim campaigns one by one (queued, or abandoned by a crashed instance) and
 *  send each to the end. Returns the ids it finished; a campaign with recipients the mail server
 *  refused for now is not finished, and is claimed again when its retry is due. */
export async function runCampaigns(db: Db, transport: MailTransport, hooks: SendHooks = {}): Promise<string[]> {
  const finished: string[] = [];
  for (let lease = await claimNextCampaign(db); lease; lease = await claimNextCampaign(db)) {
    try {
      if (await processCampaign(db, transport, lease, hooks)) finished.push(lease.campaignId);
    } catch (error) {
      if (error instanceof LeaseLost) logger.warn("campaign lease lost", { campaignId: lease.campaignId });
      else throw error; // the lease runs out and a later tick resumes where this one stopped
    }
  }
  return finished;
}

/** Sends what is pending; true when the campaign is finished, false when a retry is scheduled. */
async function processCampaign(db: Db, transport: MailTransport, lease: Lease, hooks: SendHooks): Promise<boolean> {
  const c = await getCampaign(db, lease.campaignId);
  logger.info("campaign sending", { campaignId: c.id });
  await materialiseRecipients(db, lease, c);
  await sendPending(db, transport, lease, c, hooks);
  if (await scheduleRetry(db, lease)) return false;
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
  return true;
}

/**
 * Recipients the mail server refused for now (pending, no Message-ID: see send-pending) are tried
 * again by a later run. The campaign stays "sending" and its lease is set to the moment of the
 * retry, so that no instance claims it before then; the delay grows with the attempts. False when
 * there is nothing to retry.
 */
async function scheduleRetry(db: Db, lease: Lease): Promise<boolean> {
  const deferred = await db.campaignRecipient.aggregate({
    where: { campaignId: lease.campaignId, status: "pending", messageId: null },
    _count: { _all: true },
    _max: { attempts: true },
  });
  if (deferred._count._all === 0) return false;
  const delay = RETRY_DELAY_SECONDS * Math.max(1, deferred._max.attempts ?? 1);
  await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ lockedUntil: Date }[]>`
      UPDATE "Campaign" SET "lockedUntil" = date_trunc('milliseconds', now() + make_interval(secs => ${delay}))
      WHERE id = ${lease.campaignId}::uuid AND "lockedUntil" = ${lease.until} AND status = 'sending'
      RETURNING "lockedUntil"`;
    if (!rows[0]) throw new LeaseLost(lease.campaignId);
    await writeAuditEvent(tx, SYSTEM, {
      action: "campaign.retry_scheduled",
      target: { type: "campaign", id: lease.campaignId },
      metadata: { recipients: deferred._count._all, retryAt: rows[0].lockedUntil.toISOString() },
    });
  });
  logger.info("campaign retry scheduled", { campaignId: lease.campaignId, recipients: deferred._count._all });
  return true;
}
