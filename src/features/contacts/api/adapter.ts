import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { AppError } from "@/server/errors";
import { normaliseEmail } from "@/domain/contact-points/normalise-email";
import { createContact } from "../services/create-contact";
import { getContact, type ContactDetails } from "../services/get-contact";
import { updateContact } from "../services/update-contact";
import type { TEmailInput } from "../schemas";
import type { TApiContact, TApiCreateContact, TApiUpdateContact } from "./schemas";
import { iso, isoOrNull } from "@/server/http/api/common";
import { withApiFieldNames } from "@/server/http/api/rename-fields";

/**
 * Contacts through the contacts feature's services. The suppression check (an erased person's
 * address answers 409 unless the same request records a consent, AVG art. 17) and the duplicate
 * check are createContact's own; this adapter only maps field names.
 */
export async function createContactFromApi(db: Db, ctx: AuditContext, body: TApiCreateContact) {
  const created = await withApiFieldNames({}, () =>
    createContact(db, ctx, { ...body, emails: body.emails.map(toServiceEmail), consents: body.consents }),
  );
  return getApiContact(db, created.id);
}

export async function updateContactFromApi(db: Db, ctx: AuditContext, contactId: string, body: TApiUpdateContact) {
  await withApiFieldNames({}, () =>
    updateContact(db, ctx, contactId, { ...body, emails: body.emails?.map(toServiceEmail) }),
  );
  return getApiContact(db, contactId);
}

/** An erased contact is gone: 404, exactly like an id that never existed. */
export async function getApiContact(db: Db, contactId: string): Promise<TApiContact> {
  const contact = await getContact(db, contactId);
  if (!contact)
    throw new AppError("NOT_FOUND", "This contact does not exist (any more).", { key: "contacts.errors.notFound" });
  return toApiContact(contact);
}

/** Exact match on the normalised address (any casing), personal or generic. */
export async function findApiContactsByEmail(db: Db, email: string) {
  const normalised = normaliseEmail(email);
  if (!normalised)
    throw new AppError("INVALID_INPUT", "Enter a valid e-mail address.", {
      fields: [{ field: "email", message: "validation.email" }],
    });
  const rows = await db.emailAddress.findMany({
    where: { normalised },
    select: { contactId: true },
    orderBy: { createdAt: "asc" },
    take: 50,
  });
  const results: TApiContact[] = [];
  for (const id of [...new Set(rows.map((r) => r.contactId))]) {
    const contact = await getContact(db, id);
    if (contact) results.push(toApiContact(contact));
  }
  return { results };
}

function toServiceEmail(e: { address: string; kind: TEmailInput["kind"]; designation?: string | null }): TEmailInput {
  return { address: e.address, kind: e.kind, designation: e.designation ? { where: e.designation } : null };
}

export function toApiContact(c: ContactDetails): TApiContact {
  const postal = c.postalAddresses[0];
  return {
    id: c.id,
    firstName: c.firstName,
    lastName: c.lastName,
    jobTitle: c.jobTitle,
    language: c.language === "nl" || c.language === "en" ? c.language : null,
    company: c.company
      ? { id: c.company.id, name: c.company.name, legalForm: c.company.legalForm, kvkNumber: c.company.kvkNumber }
      : null,
    emails: c.emails.map((e) => ({ id: e.id, address: e.address, kind: e.kind, designation: e.designationWhere })),
    phones: c.phones.map((p) => ({ id: p.id, number: p.e164, kind: p.kind })),
    postalAddress: postal
      ? { street: postal.street, postalCode: postal.postalCode, city: postal.city, country: postal.country }
      : null,
    source: {
      type: c.sourceType,
      detail: c.sourceDetail,
      publishedForPurpose: c.publishedForPurpose,
      collectedAt: iso(c.collectedAt),
    },
    restricted: c.restrictions.length > 0,
    objections: c.objections.map((o) => ({ id: o.id, scope: o.scope, receivedAt: iso(o.receivedAt) })),
    consentStates: c.consentStates.flatMap((p) =>
      p.channels.map((ch) => ({
        purpose: p.purpose.key,
        channel: ch.channel,
        state: ch.state.state,
        since: isoOrNull(ch.state.effectiveAt),
      })),
    ),
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
  };
}
