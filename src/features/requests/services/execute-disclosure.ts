import { actorUserId } from "@/server/audit/actor";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import type { TRequestIdInput } from "../schemas";
import { collectPersonalData, countRows } from "./collect-personal-data";
import { lockForExecution } from "./request-guards";

/**
 * Executes an access (AVG art. 15) or portability (art. 20) request: records that the copy was
 * prepared, by whom and when, with how many rows per table it covered (non-personal). The report
 * and the export themselves are produced on demand from the current data, and each download is
 * audited separately.
 */
export async function executeDisclosure(
  db: Db,
  ctx: AuditContext,
  input: TRequestIdInput & { type: "access" | "portability" },
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const request = await lockForExecution(tx, input.requestId, input.type);
    const contactIds = request.contacts.map((c) => c.contactId);
    const rows: Record<string, number> = {};
    for (const contactId of contactIds) {
      const data = await collectPersonalData(tx, contactId);
      if (!data) continue;
      for (const [table, n] of Object.entries(countRows(data))) rows[table] = (rows[table] ?? 0) + n;
    }
    const summary = { type: input.type, contacts: contactIds.length, noDataHeld: contactIds.length === 0, rows };
    await tx.dataSubjectRequest.update({
      where: { id: request.id },
      data: { status: "executed", executedAt: now, executedById: actorUserId(ctx), executionSummary: summary },
    });
    await writeAuditEvent(tx, ctx, {
      action: "request.executed",
      target: { type: "data_subject_request", id: request.id },
      metadata: { type: input.type, contacts: contactIds.length, rows },
    });
    return summary;
  });
}
