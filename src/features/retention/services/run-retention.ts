import type { Db } from "@/server/db";
import { SYSTEM, type AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { judgeRetention } from "@/domain/retention";
import { findRetentionSuspects, loadRetentionFacts, loadRetentionPolicy } from "./load-retention-facts";
import { eraseExpiredContacts } from "./erase-expired-contacts";

/** One batch of facts at a time: a million old contacts never sit in memory at once. */
const BATCH = 500;

/**
 * The retention job (AVG art. 5 lid 1 sub e): finds the contacts past their retention and puts
 * them in ONE proposal for the privacy officer. Contacts whose only basis was withdrawn consent
 * (when that rule is on) are erased straight away; with automatic erasure switched on, the whole
 * proposal is. A contact under legal hold is never picked. Returns what it did, for the audit.
 */
export async function runRetention(db: Db, ctx: AuditContext = SYSTEM, now = new Date()) {
  const { policy, autoErase } = await loadRetentionPolicy(db);
  const suspects = await findRetentionSuspects(db, policy, now);
  const expired: { contactId: string; reason: string; expiredAt: Date; automatic: boolean }[] = [];
  for (let i = 0; i < suspects.length; i += BATCH) {
    const facts = await loadRetentionFacts(db, suspects.slice(i, i + BATCH));
    for (const [contactId, f] of facts) {
      const v = judgeRetention(f, policy, now);
      if (v.kind === "expired")
        expired.push({ contactId, reason: v.reason, expiredAt: v.expiredAt, automatic: v.automaticAllowed });
    }
  }
  const purged = await purgeExpiredSignUps(db, now);
  if (expired.length === 0) {
    await db.$transaction((tx) =>
      writeAuditEvent(tx, ctx, {
        action: "retention.checked",
        metadata: { suspects: suspects.length, expired: 0, purgedSignUps: purged },
      }),
    );
    return { proposalId: null, candidates: 0, erased: 0, purgedSignUps: purged };
  }
  return db.$transaction(
    async (tx) => {
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
    },
    { timeout: 120_000 },
  );
}

/**
 * HOOK for double opt-in sign-ups: unconfirmed sign-ups and their expired confirmation tokens are
 * to be purged by this same daily job. The sign-up table does not exist yet; when it does, delete
 * the expired rows here (set-based, one statement) and return how many went.
 */
export async function purgeExpiredSignUps(_db: Db, _now: Date): Promise<number> {
  return 0;
}
