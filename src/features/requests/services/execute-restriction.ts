import { actorUserId } from "@/server/audit/actor";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { enqueueWebhookEvent } from "@/features/webhooks";
import { ZRestrictInput, type TRestrictInput } from "../schemas";
import { parseInput } from "@/server/validation/parse-input";
import { lockForExecution } from "./request-guards";

/**
 * Restricts processing for every linked contact (AVG art. 18): a Restriction row in force from
 * now, which the outreach rules read before anything else (rule 2: the record is kept but not
 * used), so no campaign or call list includes the person from this moment.
 */
export async function executeRestriction(db: Db, ctx: AuditContext, raw: TRestrictInput, now = new Date()) {
  const input = parseInput(ZRestrictInput, raw);
  return db.$transaction(async (tx) => {
    const request = await lockForExecution(tx, input.requestId, "restriction");
    const contactIds = request.contacts.map((c) => c.contactId);
    const by = actorUserId(ctx);
    for (const contactId of contactIds) {
      const restriction = await tx.restriction.create({
        data: { contactId, reason: input.reason, setAt: now, setById: by, requestId: request.id },
        select: { id: true },
      });
      await writeAuditEvent(tx, ctx, {
        action: "restriction.set",
        target: { type: "contact", id: contactId },
        metadata: { requestId: request.id, restrictionId: restriction.id },
      });
      await enqueueWebhookEvent(tx, "restriction.set", {
        contactId,
        restrictionId: restriction.id,
        setAt: now.toISOString(),
        requestId: request.id,
      });
    }
    const summary = {
      type: "restriction",
      contacts: contactIds.length,
      noDataHeld: contactIds.length === 0,
      rows: { Restriction: contactIds.length },
    };
    await tx.dataSubjectRequest.update({
      where: { id: request.id },
      data: { status: "executed", executedAt: now, executedById: by, executionSummary: summary },
    });
    await writeAuditEvent(tx, ctx, {
      action: "request.executed",
      target: { type: "data_subject_request", id: request.id },
      metadata: summary,
    });
    return summary;
  });
}
