import type { Tx } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { enqueueWebhookEvent } from "@/features/webhooks";
import type { ObjectionScope } from "@/domain/vocabulary";

/**
 * The one way an objection is stored, whatever path it came by (contact page, API, unsubscribe
 * page, data-subject request, "don't call me again" in the call log). Inside the caller's
 * transaction: the row, its audit entry and the webhook event that tells downstream systems
 * (AVG art. 19, art. 21 lid 3: after an objection to direct marketing, nobody may use the data for
 * it any more, including the dialler or marketing tool that is fed from here).
 */
export async function insertObjection(
  tx: Tx,
  ctx: AuditContext,
  input: {
    contactId: string;
    scope: ObjectionScope;
    receivedAt: Date;
    receivedVia: string;
    recordedById: string | null;
    requestId?: string | null;
    /** Where a data subject objected on a public page: the request's IP address and browser (AVG art. 7 lid 1, 21). */
    web?: { ip?: string | null; userAgent?: string | null } | null;
    /** Extra references for the audit entry (a call log id, ...). */
    auditReferences?: Record<string, string>;
  },
) {
  const objection = await tx.objection.create({
    data: {
      contactId: input.contactId,
      scope: input.scope,
      receivedAt: input.receivedAt,
      receivedVia: input.receivedVia,
      recordedById: input.recordedById,
      requestId: input.requestId ?? null,
      ip: input.web?.ip ?? null,
      userAgent: input.web?.userAgent ?? null,
    },
  });
  await writeAuditEvent(tx, ctx, {
    action: "objection.recorded",
    target: { type: "contact", id: input.contactId },
    metadata: {
      objectionId: objection.id,
      scope: objection.scope,
      receivedVia: objection.receivedVia,
      ...(objection.requestId ? { requestId: objection.requestId } : {}),
      ...input.auditReferences,
    },
  });
  await enqueueWebhookEvent(tx, "objection.recorded", {
    contactId: input.contactId,
    objectionId: objection.id,
    scope: objection.scope,
    receivedAt: objection.receivedAt.toISOString(),
    requestId: objection.requestId,
  });
  return objection;
}
