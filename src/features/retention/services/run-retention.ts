import type { Db, Tx } from "@/server/db";
import { SYSTEM, type AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { logger } from "@/server/logger";
import { instanceId } from "@/server/jobs/instance";
import { judgeRetention } from "@/domain/retention";
import { findRetentionSuspects, loadRetentionFacts, loadRetentionPolicy } from "./load-retention-facts";
import { eraseExpiredContacts } from "./erase-expired-contacts";

/** One batch of facts at a time: a million old contacts never sit in memory at once. */
const BATCH = 500;

/**
 * One run at a time across every app instance: a run holds this transaction-level advisory lock
 * from its first read to its commit (a crashed instance's lock goes with its connection). Two runs
 * that overlapped read the same expired contacts: with automatic erasure on, one of them failed (a
 * deadlock, or a proposal naming contacts the other had just erased), and without it each left a
 * proposal. On the embedded database (one connection) runs take turns anyway.
 */
const RETENTION_LOCK = 5_270_316;

/**
 * A run is one transaction, its reading included (at most 5,000 suspects, see
 * findRetentionSuspects). On the embedded database a run waits for one in progress before it
 * starts, hence the same bound on the wait.
 */
const RUN_TIMEOUT_MS = 5 * 60_000;

export type RetentionRun = { proposalId: string | null; candidates: number; erased: number; purgedSignUps: number };

/** The daily job's terms: no run when another one is at it, or when a check was done since then. */
export type DailyTerms = { unlessCheckedSince: Date };

/**
 * The retention job (AVG art. 5 lid 1 sub e): finds the contacts past their retention and puts
 * them in ONE proposal for the privacy officer. Contacts whose only basis was withdrawn consent
 * (when that rule is on) are erased straight away; with automatic erasure switched on, the whole
 * proposal is. A contact under legal hold is never picked. Returns what it did, for the audit.
 *
 * "Check now" (no terms) waits for a run in progress and then checks again. The daily job (with
 * `DailyTerms`) skips instead, returning null: when another instance holds the lock, or when the
 * audit trail shows a check since `unlessCheckedSince` (read under the lock, so a run that waited
 * for another sees that one's check).
 */
export function runRetention(db: Db, ctx?: AuditContext, now?: Date): Promise<RetentionRun>;
export function runRetention(db: Db, ctx: AuditContext, now: Date, daily: DailyTerms): Promise<RetentionRun | null>;
export async function runRetention(
  db: Db,
  ctx: AuditContext = SYSTEM,
  now = new Date(),
  daily?: DailyTerms,
): Promise<RetentionRun | null> {
  return db.$transaction(
    async (tx) => {
      if (!daily) {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${RETENTION_LOCK})`;
        return checkRetention(tx, ctx, now);
      }
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(${RETENTION_LOCK}) AS locked`;
      if (!locked) {
        logger.debug("retention check skipped: another run is in progress", { instance: instanceId() });
        return null;
      }
      const last = await tx.auditEvent.findFirst({
        where: { action: "retention.checked", at: { gte: daily.unlessCheckedSince } },
        select: { at: true },
      });
      if (last) return null;
      return checkRetention(tx, ctx, now);
    },
    { timeout: RUN_TIMEOUT_MS, maxWait: RUN_TIMEOUT_MS },
  );
}

/** The run itself, inside the transaction that holds the lock. */
async function checkRetention(tx: Tx, ctx: AuditContext, now: Date): Promise<RetentionRun> {
  const { policy, autoErase } = await loadRetentionPolicy(tx);
  const suspects = await findRetentionSuspects(tx, policy, now);
  const expired: { contactId: string; reason: string; expiredAt: Date; automatic: boolean }[] = [];
  for (let i = 0; i < suspects.length; i += BATCH) {
    const facts = await loadRetentionFacts(tx, suspects.slice(i, i + BATCH));
    for (const [contactId, f] of facts) {
      const v = judgeRetention(f, policy, now);
      if (v.kind === "expired")
        expired.push({ contactId, reason: v.reason, expiredAt: v.expiredAt, automatic: v.automaticAllowed });
    }
  }
  const purged = await purgeExpiredSignUps(tx, now);
  if (expired.length === 0) {
    await writeAuditEvent(tx, ctx, {
      action: "retention.checked",
      metadata: { suspects: suspects.length, expired: 0, purgedSignUps: purged },
    });
    return { proposalId: null, candidates: 0, erased: 0, purgedSignUps: purged };
  }
  // A newer run replaces a proposal nobody decided on yet: one list to look at, never stale.
  await tx.retentionProposal.updateMany({
    where: { status: "pending" },
    data: { status: "rejected", decidedAt: now },
  });
  const proposal = await tx.retentionProposal.create({
    data: {
      candidateCount: expired.length,
      candidates: { create: expired.map(({ contactId, reason, expiredAt }) => ({ contactId, reason, expiredAt })) },
    },
    select: { id: true },
  });
  await writeAuditEvent(tx, ctx, {
    action: "retention.checked",
    target: { type: "retention_proposal", id: proposal.id },
    metadata: { suspects: suspects.length, expired: expired.length, purgedSignUps: purged },
  });
  const toErase = autoErase ? expired : expired.filter((e) => e.automatic && policy.eraseWhenConsentOnlyWithdrawn);
  let erased = 0;
  if (toErase.length > 0) {
    const result = await eraseExpiredContacts(
      tx,
      ctx,
      { contactIds: toErase.map((e) => e.contactId), policy, proposalId: proposal.id, onlyAutomatic: !autoErase },
      now,
    );
    erased = result.erased;
    const left = await tx.retentionCandidate.count({ where: { proposalId: proposal.id } });
    await tx.retentionProposal.update({
      where: { id: proposal.id },
      data: {
        erasedCount: erased,
        ...(left === 0 ? { status: "approved", decidedAt: now, candidateCount: expired.length } : {}),
      },
    });
  }
  return { proposalId: proposal.id, candidates: expired.length, erased, purgedSignUps: purged };
}

/**
 * HOOK for double opt-in sign-ups: unconfirmed sign-ups and their expired confirmation tokens are
 * to be purged by this same daily job. The sign-up table does not exist yet; when it does, delete
 * the expired rows here (set-based, one statement) and return how many went.
 */
export async function purgeExpiredSignUps(_db: Tx, _now: Date): Promise<number> {
  return 0;
}
