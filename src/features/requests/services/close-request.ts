import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { ZCloseRequestInput, type TCloseRequestInput } from "../schemas";
import { assertOpen, lockRequest } from "./request-guards";

/**
 * Closes a request with the answer given, how and when it was sent: the proof that the person was
 * answered within the period (AVG art. 12 lid 3). "answered" needs the request executed first; a
 * refusal (e.g. identity could not be verified, art. 12 lid 6) closes it without execution, and
 * the letter must give the reason and the right to complain (art. 12 lid 4).
 */
export async function closeRequest(db: Db, ctx: AuditContext, raw: TCloseRequestInput, now = new Date()) {
  const input = parseInput(ZCloseRequestInput, raw);
  return db.$transaction(async (tx) => {
    const request = await lockRequest(tx, input.requestId);
    assertOpen(request);
    if (input.outcome === "answered" && request.status !== "executed") {
      throw new AppError("CONFLICT", "Execute the request before closing it as answered.", {
        key: "requests.errors.notExecuted",
      });
    }
    if (input.outcome === "rejected" && request.status === "executed") {
      throw new AppError("CONFLICT", "An executed request is closed as answered.", {
        key: "requests.errors.alreadyExecuted",
      });
    }
    await tx.dataSubjectRequest.update({
      where: { id: request.id },
      data: {
        status: input.outcome === "answered" ? "closed" : "rejected",
        responseText: input.responseText,
        responseSentVia: input.sentVia,
        responseSentAt: input.sentAt,
        closedAt: now,
      },
    });
    await writeAuditEvent(tx, ctx, {
      action: "request.closed",
      target: { type: "data_subject_request", id: request.id },
      metadata: {
        outcome: input.outcome,
        sentVia: input.sentVia,
        onTime: input.sentAt.getTime() <= request.dueAt.getTime(),
      },
    });
  });
}
