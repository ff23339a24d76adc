import { actorUserId } from "@/server/audit/actor";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { contactErasedData, enqueueWebhookEvent } from "@/features/webhooks";
import { findProcessorsToNotify } from "@/features/processors";
import type { TRequestIdInput } from "../schemas";
import { eraseContacts } from "./erase-contacts";
import { lockForExecution } from "./request-guards";
import { suppressIdentifiers } from "./suppress-identifiers";

/**
 * Executes an erasure request (AVG art. 17) in ONE transaction: every linked contact and all data
 * about them, the requester's own name and address on the request, and the suppression-list
 * entries that keep them out. What remains is non-personal: which tables lost how many rows, the
 * audit entries (references only), and the processors to notify (art. 19).
 */
export async function executeErasure(db: Db, ctx: AuditContext, input: TRequestIdInput, now = new Date()) {
  const started = performance.now();
  return db.$transaction(
    async (tx) => {
      const request = await lockForExecution(tx, input.requestId, "erasure");
      const contactIds = request.contacts.map((c) => c.contactId);
      // Art. 19: whom to tell, read while the records that tie the people to purposes still exist.
      const processors = await findProcessorsToNotify(tx, contactIds);
      const { counts, addresses, numbers } = await eraseContacts(tx, contactIds);
      const suppressed = await suppressIdentifiers(
        tx,
        [...addresses, ...numbers, request.requesterEmail, request.requesterPhone],
        request.id,
      );
      const summary = {
        type: "erasure",
        contacts: contactIds.length,
        noDataHeld: contactIds.length === 0,
        rows: counts,
        suppressionEntries: suppressed,
        processorsToNotify: processors,
        durationMs: Math.round(performance.now() - started),
      };
      await tx.dataSubjectRequest.update({
        where: { id: request.id },
        data: {
          status: "executed",
          executedAt: now,
          executedById: actorUserId(ctx),
          executionSummary: summary,
          requesterName: null,
          requesterEmail: null,
          requesterPhone: null,
          requesterDetails: null,
        },
      });
      for (const contactId of contactIds) {
        await writeAuditEvent(tx, ctx, {
          action: "contact.erased",
          target: { type: "contact", id: contactId },
          metadata: { requestId: request.id },
        });
      }
      await writeAuditEvent(tx, ctx, {
        action: "request.executed",
        target: { type: "data_subject_request", id: request.id },
        metadata: {
          type: "erasure",
          contacts: contactIds.length,
          rows: counts,
          suppressionEntries: suppressed,
          processorsToNotify: processors.map((p) => p.id),
        },
      });
      await enqueueWebhookEvent(
        tx,
        "contact.erased",
        contactErasedData({
          requestId: request.id,
          contactIds,
          identifiers: [...addresses, ...numbers, request.requesterEmail, request.requesterPhone],
          erasedAt: now,
        }),
      );
      return summary;
    },
    { timeout: 30_000 },
  );
}
