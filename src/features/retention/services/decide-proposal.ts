import type { Db, Tx } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { actorUserId } from "@/server/audit/actor";
import { ZProposalIdInput, type TProposalIdInput } from "../schemas";
import { loadRetentionPolicy } from "./load-retention-facts";
import { eraseExpiredContacts } from "./erase-expired-contacts";

async function lockPending(db: Tx, proposalId: string) {
  const rows = await db.$queryRaw<{ status: string }[]>`
    SELECT "status"::text AS status FROM "RetentionProposal" WHERE "id" = ${proposalId}::uuid FOR UPDATE`;
  if (rows.length === 0)
    throw new AppError("NOT_FOUND", "This proposal does not exist.", { key: "retention.errors.notFound" });
  if (rows[0].status !== "pending") {
    throw new AppError("CONFLICT", "This proposal was decided already.", { key: "retention.errors.decided" });
  }
}

/**
 * The privacy officer approves a proposal: its contacts are erased in ONE transaction, each
 * judged again on today's facts first (a legal hold or a new consent since the proposal keeps
 * the contact). AVG art. 5 lid 1 sub e, art. 17 lid 1 sub a.
 */
export async function approveProposal(db: Db, ctx: AuditContext, raw: TProposalIdInput, now = new Date()) {
  const input = parseInput(ZProposalIdInput, raw);
  return db.$transaction(
    async (tx) => {
      await lockPending(tx, input.proposalId);
      const { policy } = await loadRetentionPolicy(tx);
      const candidates = await tx.retentionCandidate.findMany({
        where: { proposalId: input.proposalId },
        select: { contactId: true },
      });
      const result = await eraseExpiredContacts(
        tx,
        ctx,
        { contactIds: candidates.map((c) => c.contactId), policy, proposalId: input.proposalId },
        now,
      );
      await tx.retentionProposal.update({
        where: { id: input.proposalId },
        data: {
          status: "approved",
          decidedAt: now,
          decidedById: actorUserId(ctx),
          erasedCount: { increment: result.erased },
        },
      });
      await writeAuditEvent(tx, ctx, {
        action: "retention.approved",
        target: { type: "retention_proposal", id: input.proposalId },
        metadata: { candidates: candidates.length, erased: result.erased },
      });
      return {
        erased: result.erased,
        kept: candidates.length - result.erased,
        processorsToNotify: result.processorsToNotify,
      };
    },
    { timeout: 120_000 },
  );
}

/** Rejecting keeps everyone; the next daily run proposes again whoever is still past retention. */
export async function rejectProposal(db: Db, ctx: AuditContext, raw: TProposalIdInput, now = new Date()) {
  const input = parseInput(ZProposalIdInput, raw);
  return db.$transaction(async (tx) => {
    await lockPending(tx, input.proposalId);
    await tx.retentionProposal.update({
      where: { id: input.proposalId },
      data: { status: "rejected", decidedAt: now, decidedById: actorUserId(ctx) },
    });
    await writeAuditEvent(tx, ctx, {
      action: "retention.rejected",
      target: { type: "retention_proposal", id: input.proposalId },
    });
    return { ok: true };
  });
}
