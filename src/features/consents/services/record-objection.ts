import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { enqueueWebhookEvent } from "@/features/webhooks/enqueue";
import { lockContact } from "@/features/contacts/services/lock-contact";
import { userIdOf } from "@/features/purposes/services/create-purpose";
import { ZRecordObjectionInput, type TRecordObjectionInput } from "../schemas";
import { notInFuture } from "../rules/record-rules";
import { refuseIfProblems } from "../consent-error";
import { parseInput } from "@/features/consents/parse-input";

/**
 * An objection (AVG art. 21). To direct marketing it is absolute and immediate (lid 2-3): no
 * balancing, all channels, all direct-marketing purposes; the outreach rules read it at once. A
 * spoken "don't call me again" on the phone is one, and is recorded here by the caller.
 */
export async function recordObjection(
  db: Db,
  ctx: AuditContext,
  contactId: string,
  raw: TRecordObjectionInput,
  opts: { now?: Date; requestId?: string; web?: { ip: string; userAgent: string } } = {},
) {
  const input = parseInput(ZRecordObjectionInput, raw);
  const now = opts.now ?? new Date();
  const receivedAt = input.receivedAt ?? now;
  refuseIfProblems(notInFuture(receivedAt, now, "receivedAt"), false);
  return db.$transaction(async (tx) => {
    await lockContact(tx, contactId);
    const objection = await tx.objection.create({
      data: {
        contactId,
        scope: input.scope,
        receivedAt,
        receivedVia: input.receivedVia,
        recordedById: userIdOf(ctx),
        requestId: opts.requestId ?? null,
        ip: opts.web?.ip ?? null,
        userAgent: opts.web?.userAgent ?? null,
      },
    });
    await writeAuditEvent(tx, ctx, {
      action: "objection.recorded",
      target: { type: "contact", id: contactId },
      metadata: { objectionId: objection.id, scope: objection.scope, receivedVia: objection.receivedVia },
    });
    await enqueueWebhookEvent(tx, "objection.recorded", {
      contactId,
      objectionId: objection.id,
      scope: objection.scope,
      receivedAt: objection.receivedAt.toISOString(),
      requestId: objection.requestId,
    });
    return objection;
  });
}
