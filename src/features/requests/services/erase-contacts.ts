import type { Tx } from "@/server/db";
import { normaliseIdentifier } from "@/domain/contact-points/normalise-identifier";

/**
 * Companies without legal personality are run by natural persons and usually carry their names
 * ("Bakkerij Jan de Vries", "Van Dijk & De Boer v.o.f."): their details are personal data of the
 * partners (AVG art. 4(1)), so they go with the last contact. A bv or nv is a legal entity and stays.
 */
export const PERSONAL_COMPANY_FORMS = ["eenmanszaak", "vof", "maatschap", "none"] as const;

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
      // The letter we sent and the reason for an extension address the person by name and quote
      // what they asked: personal data as much as the requester fields.
      data: {
        requesterName: null,
        requesterEmail: null,
        requesterPhone: null,
        requesterDetails: null,
        responseText: null,
        extensionReason: null,
      },
    })
  ).count;

  const byContact = { contactId: { in: ids } };
  // Read before the contact rows go: they are what ties a stored import file to the person.
  counts["ImportBatch (stored file removed)"] = await deleteImportFiles(tx, ids, [...addresses, ...numbers]);
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
  // Tags on the person (the cascade would take them too; counted so the proof names the table).
  counts.ContactTag = (await tx.contactTag.deleteMany({ where: byContact })).count;
  // Proof that the person was told (AVG art. 14) is about them, and goes with them; append-only
  // like consent evidence, so the delete passes only under the erasure flag set above.
  counts.ContactNotice = (await tx.contactNotice.deleteMany({ where: byContact })).count;
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
  // Sign-ups: a confirmed one points at the contact; one never confirmed only carries the address.
  counts.PendingSignup = (
    await tx.pendingSignup.deleteMany({
      where: { OR: [byContact, ...(addresses.length ? [{ normalisedEmail: { in: addresses } }] : [])] },
    })
  ).count;
  counts.Contact = (await tx.contact.deleteMany({ where: { id: { in: ids } } })).count;

  // A company that stays (a legal entity, or one with other contacts) may still list this person's
  // own address or number as its general one: clear those fields, the company itself is not theirs.
  counts["Company (general e-mail/phone cleared)"] = await clearOwnGeneralContactPoints(tx, companyIds, [
    ...addresses,
    ...numbers,
  ]);

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
 * Compares normalised forms, so "+31 20 123 4567" on the company matches the contact's E.164
 * number. Looks at the person's own companies and at any company holding the exact value.
 */
async function clearOwnGeneralContactPoints(tx: Tx, companyIds: string[], own: string[]): Promise<number> {
  if (own.length === 0) return 0;
  const mine = new Set(own);
  const candidates = await tx.company.findMany({
    where: {
      OR: [
        { id: { in: companyIds } },
        { generalEmail: { in: own, mode: "insensitive" } },
        { generalPhone: { in: own } },
      ],
    },
    select: { id: true, generalEmail: true, generalPhone: true },
  });
  const isMine = (v: string | null) => v !== null && mine.has(normaliseIdentifier(v)?.value ?? v.toLowerCase());
  let cleared = 0;
  for (const c of candidates) {
    const data = {
      ...(isMine(c.generalEmail) ? { generalEmail: null } : {}),
      ...(isMine(c.generalPhone) ? { generalPhone: null } : {}),
    };
    if (Object.keys(data).length === 0) continue;
    await tx.company.update({ where: { id: c.id }, data });
    cleared++;
  }
  return cleared;
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

/**
 * An uploaded import file is kept in the database after the import (ImportChunk) and holds every
 * row as it was uploaded, this person's included. The whole stored file of a finished import that
 * touched them goes: a row cannot be cut out of it (an XLSX file is compressed), and what the
 * import recorded (its contacts, counts and row outcomes, ids only) stays. An import that touched
 * them is found through the records it wrote or merged, its row outcomes, and, for text files (CSV,
 * vCard), their identifiers in the bytes (a refused or suppressed row is linked to nobody). A
 * queued or running import keeps its file until it ends: the worker reads it, and the suppression
 * list keeps the person out. A finished dry run without its file can no longer be started again.
 */
async function deleteImportFiles(tx: Tx, ids: string[], identifiers: string[]): Promise<number> {
  const patterns = identifiers.map((n) => `%${n.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  // The file is stored in pieces (ImportChunk), and an address can be cut in two by a piece's end:
  // each piece is searched with the end of the one before it, as long as the longest identifier.
  const overlap = Math.max(0, ...identifiers.map((n) => Buffer.byteLength(n, "utf8") - 1));
  const batches = await tx.$queryRaw<{ id: string }[]>`
    SELECT b.id FROM "ImportBatch" b
    WHERE b.status::text NOT IN ('queued', 'running') AND (
      EXISTS (SELECT 1 FROM "Contact" x WHERE x."importBatchId" = b.id AND x.id = ANY(${ids}::uuid[]))
      OR EXISTS (SELECT 1 FROM "ContactSource" x WHERE x."importBatchId" = b.id AND x."contactId" = ANY(${ids}::uuid[]))
      OR EXISTS (SELECT 1 FROM "EmailAddress" x WHERE x."importBatchId" = b.id AND x."contactId" = ANY(${ids}::uuid[]))
      OR EXISTS (SELECT 1 FROM "PhoneNumber" x WHERE x."importBatchId" = b.id AND x."contactId" = ANY(${ids}::uuid[]))
      OR EXISTS (SELECT 1 FROM "ImportRowOutcome" x WHERE x."batchId" = b.id AND x."contactId" = ANY(${ids}::uuid[]))
      OR (b.format IN ('csv', 'vcard') AND EXISTS (
        SELECT 1 FROM "ImportChunk" k
        LEFT JOIN "ImportChunk" prev ON prev."batchId" = k."batchId" AND prev.seq = k.seq - 1
        WHERE k."batchId" = b.id
          AND encode(coalesce(substring(prev.data FROM greatest(length(prev.data) - ${overlap} + 1, 1)), ''::bytea) || k.data, 'escape')
            ILIKE ANY(${patterns}::text[])))
    )`;
  if (batches.length === 0) return 0;
  await tx.importChunk.deleteMany({ where: { batchId: { in: batches.map((b) => b.id) } } });
  return batches.length;
}
