import type { Tx } from "@/server/db";

const purposeRef = { select: { key: true, nameNl: true, nameEn: true, dpvPurpose: true } } as const;

/**
 * Everything held about one contact, read in one go: the source of the access report (AVG art. 15),
 * the portability export (art. 20) and the erasure's count check (art. 17). Attachment bytes are
 * only read when asked (portability hands over what the person provided; the report lists them).
 */
export async function collectPersonalData(db: Tx, contactId: string, opts: { attachmentData?: boolean } = {}) {
  const contact = await db.contact.findUnique({
    where: { id: contactId },
    include: {
      company: {
        select: {
          id: true,
          name: true,
          legalForm: true,
          kvkNumber: true,
          website: true,
          generalPhone: true,
          generalEmail: true,
        },
      },
      emails: { orderBy: { createdAt: "asc" } },
      phones: { orderBy: { createdAt: "asc" } },
      postalAddresses: { orderBy: { createdAt: "asc" } },
      contactNotes: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true } },
      consents: {
        orderBy: [{ effectiveAt: "asc" }, { recordedAt: "asc" }],
        include: {
          purpose: purposeRef,
          notice: { select: { version: true, textNl: true, textEn: true } },
          attachments: {
            orderBy: { createdAt: "asc" },
            select: {
              id: true,
              fileName: true,
              mimeType: true,
              size: true,
              sha256: true,
              createdAt: true,
              data: opts.attachmentData ?? false,
            },
          },
        },
      },
      legalBases: { orderBy: { since: "asc" }, include: { purpose: purposeRef } },
      customerRelationships: { orderBy: { since: "asc" } },
      objections: { orderBy: { receivedAt: "asc" } },
      restrictions: { orderBy: { setAt: "asc" } },
      channelOptOuts: { orderBy: { at: "asc" } },
      campaignRecipients: {
        orderBy: { decidedAt: "asc" },
        include: {
          campaign: {
            select: { id: true, name: true, channel: true, subject: true, audience: true, purpose: purposeRef },
          },
        },
      },
      callLogs: { orderBy: { at: "asc" } },
      notices: { orderBy: { givenAt: "asc" } },
      // Labels staff put on the person are data about them too (art. 15), though not data they
      // provided (so not part of the portability export, art. 20).
      tags: { orderBy: { addedAt: "asc" }, select: { addedAt: true, tag: { select: { name: true } } } },
    },
  });
  if (!contact) return null;
  // OutboxMessage.contactId has no foreign key (mail may be kept for addresses not yet a contact).
  const addresses = contact.emails.map((e) => e.normalised);
  const outbox = await db.outboxMessage.findMany({
    where: {
      OR: [
        { contactId },
        ...(addresses.length ? [{ toAddress: { in: addresses, mode: "insensitive" as const } }] : []),
      ],
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, toAddress: true, fromAddress: true, subject: true, text: true, createdAt: true },
  });
  const callPurposeIds = [
    ...new Set(contact.callLogs.map((c) => c.purposeId).filter((id): id is string => Boolean(id))),
  ];
  const callPurposes = callPurposeIds.length
    ? await db.purpose.findMany({
        where: { id: { in: callPurposeIds } },
        select: { id: true, key: true, nameNl: true, nameEn: true },
      })
    : [];
  return { ...contact, outboxMessages: outbox, callPurposes };
}
export type PersonalData = NonNullable<Awaited<ReturnType<typeof collectPersonalData>>>;

/** Counts per table for one person: the non-personal part of an execution summary. */
export function countRows(data: PersonalData): Record<string, number> {
  return {
    Contact: 1,
    EmailAddress: data.emails.length,
    PhoneNumber: data.phones.length,
    PostalAddress: data.postalAddresses.length,
    ContactNote: data.contactNotes.length,
    ConsentRecord: data.consents.length,
    ConsentAttachment: data.consents.reduce((n, c) => n + c.attachments.length, 0),
    LegalBasisRecord: data.legalBases.length,
    CustomerRelationship: data.customerRelationships.length,
    Objection: data.objections.length,
    Restriction: data.restrictions.length,
    ChannelOptOut: data.channelOptOuts.length,
    CampaignRecipient: data.campaignRecipients.length,
    OutboxMessage: data.outboxMessages.length,
    CallLog: data.callLogs.length,
    ContactNotice: data.notices.length,
    ContactTag: data.tags.length,
  };
}
