import type { Db } from "@/server/db";
import { actorUserId, type AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { parseInput } from "@/server/validation/parse-input";
import { ZMarkProcessorNotifiedInput, type TMarkProcessorNotifiedInput } from "../schemas";

/**
 * Records that a processor was told about an erasure (AVG art. 19), so the privacy officer can
 * show it was done (art. 5 lid 2). Marking twice keeps the first record: the duty was met then.
 */
export async function markProcessorNotified(
  db: Db,
  ctx: AuditContext,
  raw: TMarkProcessorNotifiedInput,
  opts: { now?: Date } = {},
) {
  const input = parseInput(ZMarkProcessorNotifiedInput, raw);
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    const existing = await tx.processorNotification.findFirst({
      where: {
        processorId: input.processorId,
        requestId: input.requestId ?? null,
        retentionProposalId: input.retentionProposalId ?? null,
      },
    });
    if (existing) return existing;
    const notification = await tx.processorNotification.create({
      data: {
        processorId: input.processorId,
        requestId: input.requestId ?? null,
        retentionProposalId: input.retentionProposalId ?? null,
        notifiedAt: now,
        notifiedById: actorUserId(ctx),
      },
    });
    await writeAuditEvent(tx, ctx, {
      action: "processor.notified_of_erasure",
      target: { type: "processor", id: input.processorId },
      metadata: {
        notificationId: notification.id,
        requestId: input.requestId ?? null,
        retentionProposalId: input.retentionProposalId ?? null,
      },
    });
    return notification;
  });
}
