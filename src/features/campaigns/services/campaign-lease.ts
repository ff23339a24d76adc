/**
 * Leases on campaigns, so that several app instances can run the worker without sending twice:
 * an instance owns a campaign while its `lockedUntil` lies in the future, renews it as it goes,
 * and a crashed instance's campaign is taken over once the lease has run out. The lease value
 * itself is the owner's token: renewing compares it, so a stalled owner cannot renew a lease
 * another instance has taken over. Times come from the database clock, shared by all instances.
 * A scheduled campaign is claimed like a queued one once its moment has come (by that clock too):
 * a cancel before then takes it back to draft, and the claim's status check keeps it there.
 */
import type { Db } from "@/server/db";

export const LEASE_SECONDS = 60;

export type Lease = { campaignId: string; until: Date };

export async function claimNextCampaign(db: Db): Promise<Lease | null> {
  const rows = await db.$queryRaw<{ id: string; lockedUntil: Date }[]>`
    UPDATE "Campaign" SET status = 'sending', "lockedUntil" = date_trunc('milliseconds', now() + make_interval(secs => ${LEASE_SECONDS})),
      "startedAt" = COALESCE("startedAt", now()), "updatedAt" = now()
    WHERE id = (
      SELECT id FROM "Campaign"
      WHERE channel = 'email' AND (status = 'queued'
        OR (status = 'scheduled' AND "scheduledFor" <= now())
        OR (status = 'sending' AND ("lockedUntil" IS NULL OR "lockedUntil" < now())))
      ORDER BY COALESCE("queuedAt", "scheduledFor") NULLS LAST, id LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id, "lockedUntil"`;
  return rows[0] ? { campaignId: rows[0].id, until: rows[0].lockedUntil } : null;
}

/** Extends the lease; false when it is no longer ours (expired and taken over). */
export async function renewLease(db: Db, lease: Lease): Promise<boolean> {
  const rows = await db.$queryRaw<{ lockedUntil: Date }[]>`
    UPDATE "Campaign" SET "lockedUntil" = date_trunc('milliseconds', now() + make_interval(secs => ${LEASE_SECONDS}))
    WHERE id = ${lease.campaignId}::uuid AND "lockedUntil" = ${lease.until} AND status = 'sending'
    RETURNING "lockedUntil"`;
  if (!rows[0]) return false;
  lease.until = rows[0].lockedUntil;
  return true;
}

export class LeaseLost extends Error {
  constructor(campaignId: string) {
    super(`Lease on campaign ${campaignId} was lost; another instance continues.`);
  }
}
