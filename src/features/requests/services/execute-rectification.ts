import { actorUserId } from "@/server/audit/actor";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { normaliseEmail } from "@/domain/contact-points/normalise-email";
import { normalisePhone } from "@/domain/contact-points/normalise-phone";
import { buildSearchName } from "@/features/contacts";
import { ZRectifyInput, type TRectifyInput } from "../schemas";
import { lockForExecution } from "./request-guards";

/**
 * Corrects a linked contact's details at the person's request (AVG art. 16). The audit entry
 * names the request and WHICH fields changed, never the old or new values (they are personal
 * data, and the audit trail must survive a later erasure untouched). May be repeated while the
 * request is open: a person may point out a second mistake.
 */
export async function executeRectification(db: Db, ctx: AuditContext, raw: TRectifyInput, now = new Date()) {
  const input = parseInput(ZRectifyInput, raw);
  return db.$transaction(async (tx) => {
    const request = await lockForExecution(tx, input.requestId, "rectification", { repeatable: true });
    if (!request.contacts.some((c) => c.contactId === input.contactId)) {
      throw new AppError("CONFLICT", "This contact is not linked to the request.", {
        key: "requests.errors.contactNotFound",
      });
    }
    const contact = await tx.contact.findUniqueOrThrow({
      where: { id: input.contactId },
      include: { company: { select: { name: true } }, emails: true, phones: true },
    });
    const changed: string[] = [];
    const jobTitle = input.jobTitle ?? null;
    if (contact.firstName !== input.firstName) changed.push("firstName");
    if (contact.lastName !== input.lastName) changed.push("lastName");
    if (contact.jobTitle !== jobTitle) changed.push("jobTitle");
    if (changed.length > 0) {
      await tx.contact.update({
        where: { id: contact.id },
        data: {
          firstName: input.firstName,
          lastName: input.lastName,
          jobTitle,
          searchName: buildSearchName(input.firstName, input.lastName, contact.company?.name),
        },
      });
    }
    for (const e of input.emails) {
      const current = contact.emails.find((x) => x.id === e.id);
      if (!current) throw pointNotFound(`emails.${e.id}`);
      if (current.address === e.value) continue;
      const normalised = normaliseEmail(e.value);
      if (!normalised)
        throw new AppError("INVALID_INPUT", "Enter a valid e-mail address.", {
          key: "requests.errors.invalidEmail",
          fields: [
            { field: `emails.${e.id}`, message: "Enter a valid e-mail address.", key: "requests.errors.invalidEmail" },
          ],
        });
      await tx.emailAddress.update({ where: { id: e.id }, data: { address: e.value, normalised } });
      changed.push(`emailAddress:${e.id}`);
    }
    for (const p of input.phones) {
      const current = contact.phones.find((x) => x.id === p.id);
      if (!current) throw pointNotFound(`phones.${p.id}`);
      const phone = normalisePhone(p.value, "NL");
      if (!phone)
        throw new AppError("INVALID_INPUT", "Enter a valid phone number.", {
          key: "requests.errors.invalidPhone",
          fields: [
            { field: `phones.${p.id}`, message: "Enter a valid phone number.", key: "requests.errors.invalidPhone" },
          ],
        });
      if (phone.e164 === current.e164) continue;
      await tx.phoneNumber.update({ where: { id: p.id }, data: { e164: phone.e164 } });
      changed.push(`phoneNumber:${p.id}`);
    }
    await writeAuditEvent(tx, ctx, {
      action: "contact.rectified",
      target: { type: "contact", id: contact.id },
      metadata: { requestId: request.id, fields: changed },
    });
    const previous =
      (request.executionSummary as { rectifications?: { contactId: string; fields: string[]; at: string }[] } | null)
        ?.rectifications ?? [];
    const summary = {
      type: "rectification",
      contacts: request.contacts.length,
      rectifications: [...previous, { contactId: contact.id, fields: changed, at: now.toISOString() }],
    };
    await tx.dataSubjectRequest.update({
      where: { id: request.id },
      data: { status: "executed", executedAt: now, executedById: actorUserId(ctx), executionSummary: summary },
    });
    await writeAuditEvent(tx, ctx, {
      action: "request.executed",
      target: { type: "data_subject_request", id: request.id },
      metadata: { type: "rectification", contactId: contact.id, fields: changed },
    });
    return { changed };
  });
}

function pointNotFound(field: string) {
  const message = "This e-mail address or phone number does not belong to the contact.";
  return new AppError("NOT_FOUND", message, {
    key: "requests.errors.pointNotFound",
    fields: [{ field, message, key: "requests.errors.pointNotFound" }],
  });
}
