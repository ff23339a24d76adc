import { actorUserId } from "@/server/audit/actor";
import type { Db } from "@/server/db";
import { insertObjection } from "@/features/consents";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { ZObjectInput, type TObjectInput } from "../schemas";
import { parseInput } from "@/server/validation/parse-input";
import { lockForExecution } from "./request-guards";

/**
 * Records the objection for every linked contact (AVG art. 21). An objection to direct marketing
 * is absolute and takes effect at once (lid 2-3): the outreach rules deny every direct-marketing
 * message on every channel from the moment the row exists. Its receipt time is when the request
 * arrived, not when it was processed: the person objected then.
 */
export async function executeObjection(db: Db, ctx: AuditContext, raw: TObjectInput, now = new Date()) {
  const input = parseInput(ZObjectInput, raw);
  return db.$transaction(async (tx) => {
    const request = await lockForExecution(tx, input.requestId, "objection");
    const contactIds = request.contacts.map((c) => c.contactId);
    const scopes = [...new Set(input.scopes)];
    const by = actorUserId(ctx);
    for (const contactId of contactIds) {
      for (const scope of scopes) {
        await insertObjection(tx, ctx, {
          contactId,
          scope,
          receivedAt: request.receivedAt,
          receivedVia: `request:${request.channel}`,
          recordedById: by,
          requestId: request.id,
        });
      }
    }
    const summary = {
      type: "objection",
      contacts: contactIds.length,
      noDataHeld: contactIds.length === 0,
      scopes,
      rows: { Objection: contactIds.length * scopes.length },
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
