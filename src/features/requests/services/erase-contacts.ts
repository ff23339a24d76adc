import type { Tx } from "@/server/db";

/** One-person businesses may carry the person's own name ("Bakkerij Jan de Vries"). */
const PERSONAL_COMPANY_FORMS = ["eenmanszaak", "none"] as const;

export type ErasureCounts = Record<string, number>;

/**
 * Deletes the given contacts and everything about them, inside the caller's transaction (AVG
 * art. 17: "delete everywhere", not "mark as unsubscribed"). Counted per table, so that the
 * request keeps a non-personal record of what was erased. Returns the identifiers (e-mail
 * addresses, phone numbers) that the caller puts on the suppression list.
 *
 * Consent evidence is append-only at the database level; the trigger lets a delete through only
 * in a transaction that set `grondslag.erasure` (transaction-local: `set_config(..., true)`).
 */
export async function eraseContacts(tx: Tx, contactIds: string[]) {
  const ids = [...new Set(contactIds)];
  const counts: ErasureCounts = {};
  const [emails, phones, contacts] = await Promise.all([
    tx.emailAddress.findMany({ where: { contactId: { in: ids } }, select: { address: true, normalised: true } }),
    tx.phoneNumber.findMany({ where: { contactId: { in: ids } }, select: { e164: true } }),
    tx.contact.findMany({ where: { id: { in: ids } }, select: { id: true, companyId: true } }),
  ]);
  const addresses = [...new Set(emails.flatMap((e) => [e.normalised, e.address.toLowerCase()]))];
  const numbers = [...new Set(phones.map((p) => p.e164))];
  const companyIds = [...new Set(contacts.map((c) => c.companyId).filter((id): id is string => Boolean(id)))];
  if (ids.length === 0) return { counts, addresses, numbers };

  await tx.$queryRaw`SELECT set_config('grondslag.erasure', 'on', true)`;

  // Other requests by the same person hold their name and address too (cleared, not deleted:
  // the record that a request was handled is the controller's proof, art. 5 lid 2).
  const linked = await tx.requestContact.findMany({ where: { contactId: { in: ids } }, select: { requestId: true } });
  counts["DataSubjectRequest (requester details cleared)"] = (
    await tx.dataSubjectRequest.updateMany({
      where: {
        OR: [
          { id: { in: linked.map((l) => l.requestId) } },
          ...(addresses.length ? [{ requesterEmail: { in: addresses, mode: "insensitive" as const } }] : []),
          ...(numbers.length ? [{ requesterPhone: { in: numbers } }] : []),
        ],
      },
      data: { requesterName: null, requesterEmail: null, requesterPhone: null, requesterDetails: null },
    })
  ).count;

  const byContact = { contactId: { in: ids } };
  counts.ConsentAttachment = (await tx.consentAttachment.deleteMany({ where: { consentRecord: byContact } })).count;
  counts.ConsentRecord = (await tx.consentRecord.deleteMany({ where: byContact })).count;
  counts.EmailAddress = (await tx.emailAddress.deleteMany({ where: byContact })).count;
  counts.PhoneNumber = (await tx.phoneNumber.deleteMany({ where: byContact })).count;
  counts.PostalAddress = (await tx.postalAddress.deleteMany({ where: byContact })).count;
  counts.ContactNote = (await tx.contactNote.deleteMany({ where: byContact })).count;
  counts.LegalBasisRecord = (await tx.legalBasisRecord.deleteMany({ where: byContact })).count;
  counts.CustomerRelationship = (await tx.customerRelationship.deleteMany({ where: byContact })).count;
  counts.Objection = (await tx.objection.deleteMany({ where: byContact })).count;
  counts.Restriction = (await tx.restriction.deleteMany({ where: byContact })).count;
  counts.ChannelOptOut = (await tx.channelOptOut.deleteMany({ where: byContact })).count;
  counts.CampaignRecipient = (await tx.campaignRecipient.deleteMany({ where: byContact })).count;
  counts.CallLog = (await tx.callLog.deleteMany({ where: byContact })).count;
  counts.RequestContact = (await tx.requestContact.deleteMany({ where: byContact })).count;
  // Stored message bodies: OutboxMessage.contactId has no foreign key, so match the addresses too.
  counts.OutboxMessage = (
    await tx.outboxMessage.deleteMany({
      where: {
        OR: [byContact, ...(addresses.length ? [{ toAddress: { in: addresses, mode: "insensitive" as const } }] : [])],
      },
    })
  ).count;
  counts.WebhookDelivery = await deleteWebhookDeliveries(tx, [...ids, ...addresses, ...numbers]);
  counts.Contact = (await tx.contact.deleteMany({ where: { id: { in: ids } } })).count;

  counts.Company = 0;
  if (companyIds.length > 0) {
    counts.Company = (
      await tx.company.deleteMany({
        where: { id: { in: companyIds }, legalForm: { in: [...PERSONAL_COMPANY_FORMS] }, contacts: { none: {} } },
      })
    ).count;
  }
  return { counts, addresses, numbers };
}

/**
 * Webhook payloads queued or delivered about these people are a copy of their data inside our
 * database; the receiving systems are told through the art. 19 notification instead.
 */
async function deleteWebhookDeliveries(tx: Tx, needles: string[]): Promise<number> {
  if (needles.length === 0) return 0;
  const patterns = needles.map((n) => `%${n.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return tx.$executeRaw`DELETE FROM "WebhookDelivery" WHERE "payload"::text ILIKE ANY(${patterns}::text[])`;
}
