import { actorUserId } from "@/server/audit/actor";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { ZVerifyRequestInput, type TVerifyRequestInput } from "../schemas";
import { parseInput } from "@/server/validation/parse-input";
import { assertOpen, lockRequest } from "./request-guards";

/**
 * Records that the requester's identity was checked, how, by whom and when (AVG art. 12 lid 6).
 * Only after this may anything be disclosed or changed. The method is one of a fixed list, so no
 * identity-document details end up in the record.
 */
export async function verifyRequest(db: Db, ctx: AuditContext, raw: TVerifyRequestInput, now = new Date()) {
  const input = parseInput(ZVerifyRequestInput, raw);
  return db.$transaction(async (tx) => {
    const request = await lockRequest(tx, input.requestId);
    assertOpen(request);
    if (request.verifiedAt) {
      throw new AppError("CONFLICT", "The identity has already been verified.", {
        key: "requests.errors.alreadyVerified",
      });
    }
    await tx.dataSubjectRequest.update({
      where: { id: request.id },
      data: { status: "verified", verifiedAt: now, verificationMethod: input.method, verifiedById: actorUserId(ctx) },
    });
    await writeAuditEvent(tx, ctx, {
      action: "request.verified",
      target: { type: "data_subject_request", id: request.id },
      metadata: { method: input.method },
    });
  });
}
