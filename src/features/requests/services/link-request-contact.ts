import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import type { TRequestContactInput } from "../schemas";
import { assertOpen, lockRequest } from "./request-guards";

/** Links a contact found by search to the request: the execution acts on every linked contact. */
export async function linkRequestContact(db: Db, ctx: AuditContext, input: TRequestContactInput) {
  return db.$transaction(async (tx) => {
    const request = await lockRequest(tx, input.requestId);
    assertOpen(request);
    assertNotExecuted(request.status);
    const contact = await tx.contact.findUnique({ where: { id: input.contactId }, select: { id: true } });
    if (!contact)
      throw new AppError("NOT_FOUND", "This contact does not exist.", { key: "requests.errors.contactNotFound" });
    if (request.contacts.some((c) => c.contactId === input.contactId)) return;
    await tx.requestContact.create({ data: { requestId: input.requestId, contactId: input.contactId } });
    await writeAuditEvent(tx, ctx, {
      action: "request.contact_linked",
      target: { type: "data_subject_request", id: input.requestId },
      metadata: { contactId: input.contactId },
    });
  });
}

export async function unlinkRequestContact(db: Db, ctx: AuditContext, input: TRequestContactInput) {
  return db.$transaction(async (tx) => {
    const request = await lockRequest(tx, input.requestId);
    assertOpen(request);
    assertNotExecuted(request.status);
    const { count } = await tx.requestContact.deleteMany({
      where: { requestId: input.requestId, contactId: input.contactId },
    });
    if (count === 0) return;
    await writeAuditEvent(tx, ctx, {
      action: "request.contact_unlinked",
      target: { type: "data_subject_request", id: input.requestId },
      metadata: { contactId: input.contactId },
    });
  });
}

/** After execution the links are the record of whom it concerned; changing them would rewrite it. */
function assertNotExecuted(status: string) {
  if (status === "executed") {
    throw new AppError("CONFLICT", "The request has been executed; its contacts can no longer change.", {
      key: "requests.errors.alreadyExecuted",
    });
  }
}
