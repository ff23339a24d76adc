import { actorUserId } from "@/server/audit/actor";
import type { Db } from "@/server/db";
import { insertObjection } from "@/features/consents";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { lockContact } from "@/server/db/lock-contact";
import { decideForContact } from "@/features/outreach";
import { getPurposeById } from "@/features/purposes";
import { composeArt14Notices, insertNotice } from "@/features/notices";
import { SILENT_OUTCOMES, ZLogCallInput, type TLogCallInput } from "../schemas";

/**
 * Logs a call's outcome with the decision that stood for that number at that moment (rule and
 * citation), so the call list's "why" is kept with the call. "Don't call me again" is an objection
 * to direct marketing (AVG art. 21 lid 2-3): recorded in the SAME transaction as the call, so it
 * is in force before the caller sees the next contact. Written here rather than through the
 * consent module's recordObjection, which opens its own transaction; same row, same audit action.
 * "Notice given" records that the caller told the person the art. 14 information (the call list's
 * opening line), in the same transaction as the call.
 */
export async function logCall(db: Db, ctx: AuditContext, raw: TLogCallInput) {
  const input = parseInput(ZLogCallInput, raw);
  if (input.noticeGiven && SILENT_OUTCOMES.includes(input.outcome)) {
    const message = "Nobody answered, so the notice cannot have been given.";
    throw new AppError("INVALID_INPUT", message, {
      key: "calls.errors.noticeWithoutAnswer",
      fields: [{ field: "noticeGiven", message, key: "calls.errors.noticeWithoutAnswer" }],
    });
  }
  const purpose = await getPurposeById(db, input.purposeId);
  const phone = await db.phoneNumber.findFirst({
    where: { id: input.phoneNumberId, contactId: input.contactId },
    select: { id: true },
  });
  if (!phone)
    throw new AppError("INVALID_INPUT", "This number does not belong to this contact.", {
      key: "calls.errors.unknownNumber",
    });
  const { decision } = await decideForContact(db, {
    contactId: input.contactId,
    purposeKey: purpose.key,
    channel: "phone",
    commercial: true,
    contactPointId: phone.id,
  });
  const userId = actorUserId(ctx);
  const now = new Date();
  const notice = input.noticeGiven
    ? (await composeArt14Notices(db, [input.contactId])).get(input.contactId)
    : undefined;
  return db.$transaction(async (tx) => {
    await lockContact(tx, input.contactId);
    const call = await tx.callLog.create({
      data: {
        contactId: input.contactId,
        phoneNumberId: phone.id,
        purposeId: purpose.id,
        outcome: input.outcome,
        notes: input.notes || null,
        rule: decision.rule,
        citation: decision.citation,
        ruleSetVersion: decision.ruleSetVersion,
        calledById: userId,
        at: now,
      },
      select: { id: true },
    });
    await writeAuditEvent(tx, ctx, {
      action: "call.logged",
      target: { type: "contact", id: input.contactId },
      metadata: {
        callLogId: call.id,
        purposeId: purpose.id,
        outcome: input.outcome,
        rule: decision.rule,
        decision: decision.decision,
        ruleSetVersion: decision.ruleSetVersion,
      },
    });
    const noticeId = notice
      ? (
          await insertNotice(tx, ctx, {
            contactId: input.contactId,
            kind: "art14",
            channel: "phone",
            givenAt: now,
            recordedVia: "call_list",
            recordedById: userId,
            callLogId: call.id,
            text: notice.text(),
          })
        ).id
      : null;
    let objectionId: string | null = null;
    if (input.outcome === "do_not_call") {
      // "Don't call me again" is an objection to direct marketing like any other (AVG art. 21 lid 3).
      const objection = await insertObjection(tx, ctx, {
        contactId: input.contactId,
        scope: "direct_marketing",
        receivedAt: now,
        receivedVia: "phone",
        recordedById: userId,
        auditReferences: { callLogId: call.id },
      });
      objectionId = objection.id;
    }
    return { callLogId: call.id, objectionId, noticeId, decision: decision.decision };
  });
}
