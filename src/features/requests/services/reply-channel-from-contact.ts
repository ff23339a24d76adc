import type { Tx } from "@/server/db";

export type ContactReplyChannel = {
  replyChannel: "contact_email" | "contact_phone" | "contact_postal";
  requesterEmail: string | null;
  requesterPhone: string | null;
  requesterDetails: string | null;
  name: string;
};

/**
 * A request about a contact we know can be answered where we already reach them (AVG art. 12 lid 1:
 * the answer must reach the person): their personal e-mail address first, then any e-mail address,
 * then a phone number, then the postal address. This chooses where the ANSWER goes; it proves
 * nothing about who asked, so identity is still verified before anything is executed (art. 12 lid 6).
 * null when the contact has no way to be reached at all.
 */
export async function replyChannelFromContact(tx: Tx, contactId: string): Promise<ContactReplyChannel | null> {
  const contact = await tx.contact.findUnique({
    where: { id: contactId },
    select: {
      firstName: true,
      lastName: true,
      emails: { orderBy: { createdAt: "asc" }, select: { address: true, kind: true } },
      phones: { orderBy: { createdAt: "asc" }, select: { e164: true } },
      postalAddresses: {
        orderBy: { createdAt: "asc" },
        select: { street: true, postalCode: true, city: true, country: true },
      },
    },
  });
  if (!contact) return null;
  const name = `${contact.firstName} ${contact.lastName}`.trim();
  const email = contact.emails.find((e) => e.kind === "personal") ?? contact.emails[0];
  const none = { requesterEmail: null, requesterPhone: null, requesterDetails: null, name };
  if (email) return { ...none, replyChannel: "contact_email", requesterEmail: email.address };
  if (contact.phones[0]) return { ...none, replyChannel: "contact_phone", requesterPhone: contact.phones[0].e164 };
  const a = contact.postalAddresses[0];
  if (a)
    return {
      ...none,
      replyChannel: "contact_postal",
      requesterDetails: `${a.street}, ${a.postalCode} ${a.city}, ${a.country}`,
    };
  return null;
}
