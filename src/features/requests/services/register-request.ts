import { actorUserId } from "@/server/audit/actor";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { computeDueAt } from "@/domain/requests";
import { ZRegisterRequestInput, type TRegisterRequestInput } from "../schemas";
import { replyChannelFromContact } from "./reply-channel-from-contact";

/**
 * Registers an incoming data-subject request. Anyone may do this (sales staff receive requests
 * too); the clock starts at receipt, not at registration (AVG art. 12 lid 3), so the due date is
 * computed from `receivedAt`. A request from someone we hold nothing about is registered all the
 * same: it must be answered ("we hold no data about you").
 */
/** The name a caller gives when it knows none (the API without `subjectName`). */
export const UNNAMED = "—";

export async function registerRequest(db: Db, ctx: AuditContext, raw: TRegisterRequestInput) {
  const input = parseInput(ZRegisterRequestInput, raw);
  const contactIds = [...new Set(input.contactIds)];
  return db.$transaction(async (tx) => {
    if (contactIds.length > 0) {
      const found = await tx.contact.count({ where: { id: { in: contactIds } } });
      if (found !== contactIds.length) {
        throw new AppError("NOT_FOUND", "A linked contact does not exist.", { key: "requests.errors.contactNotFound" });
      }
    }
    const given = input.requesterEmail || input.requesterPhone || input.requesterDetails;
    const fromContact = given ? null : await replyChannelFromContact(tx, contactIds[0]);
    if (!given && !fromContact) {
      const message = "Give at least one way to reach the requester: e-mail, phone or postal details.";
      throw new AppError("INVALID_INPUT", message, {
        key: "requests.errors.noWayToReach",
        fields: [{ field: "requesterEmail", message, key: "requests.errors.noWayToReach" }],
      });
    }
    const request = await tx.dataSubjectRequest.create({
      data: {
        type: input.type,
        receivedAt: input.receivedAt,
        channel: input.channel,
        requesterName: fromContact && input.requesterName === UNNAMED ? fromContact.name : input.requesterName,
        requesterEmail: fromContact ? fromContact.requesterEmail : (input.requesterEmail ?? null),
        requesterPhone: fromContact ? fromContact.requesterPhone : (input.requesterPhone ?? null),
        requesterDetails: fromContact ? fromContact.requesterDetails : (input.requesterDetails ?? null),
        replyChannel: fromContact?.replyChannel ?? null,
        dueAt: computeDueAt(input.receivedAt),
        createdById: actorUserId(ctx),
        contacts: { create: contactIds.map((contactId) => ({ contactId })) },
      },
      select: { id: true, type: true, dueAt: true },
    });
    await writeAuditEvent(tx, ctx, {
      action: "request.registered",
      target: { type: "data_subject_request", id: request.id },
      metadata: {
        type: input.type,
        channel: input.channel,
        linkedContacts: contactIds.length,
        replyChannel: fromContact?.replyChannel ?? "given",
      },
    });
    return request;
  });
}
