import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { fromRuleProblem, RuleRefusedError } from "@/server/errors";
import { canExtend } from "@/domain/requests";
import { ZExtendRequestInput, type TExtendRequestInput } from "../schemas";
import { parseInput } from "@/server/validation/parse-input";
import { lockRequest } from "./request-guards";

/**
 * Extends the deadline by one or two months, with the reason that must be told to the person
 * within the first month (AVG art. 12 lid 3). The rules (window, two-month cap) are canExtend's.
 */
export async function extendRequest(db: Db, ctx: AuditContext, raw: TExtendRequestInput, now = new Date()) {
  const input = parseInput(ZExtendRequestInput, raw);
  return db.$transaction(async (tx) => {
    const request = await lockRequest(tx, input.requestId);
    const closedAt = request.status === "closed" || request.status === "rejected" ? (request.closedAt ?? now) : null;
    const check = canExtend(
      { receivedAt: request.receivedAt, extensionMonths: request.extensionMonths, closedAt },
      now,
      { months: input.months, reason: input.reason },
    );
    if (!check.ok)
      throw new RuleRefusedError(
        "UNLAWFUL",
        check.problems.map((p) => fromRuleProblem(p)),
      );
    const reason = request.extensionReason ? `${request.extensionReason}\n---\n${input.reason}` : input.reason;
    await tx.dataSubjectRequest.update({
      where: { id: request.id },
      data: {
        dueAt: check.newDueAt!,
        extensionMonths: request.extensionMonths + input.months,
        extensionReason: reason,
        extendedAt: now,
      },
    });
    await writeAuditEvent(tx, ctx, {
      action: "request.extended",
      target: { type: "data_subject_request", id: request.id },
      metadata: {
        months: input.months,
        totalMonths: request.extensionMonths + input.months,
        dueAt: check.newDueAt!.toISOString(),
      },
    });
    return { dueAt: check.newDueAt! };
  });
}
