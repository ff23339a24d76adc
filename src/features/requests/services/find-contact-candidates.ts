import type { Db } from "@/server/db";
import { normaliseEmail } from "@/domain/contact-points/normalise-email";
import { normalisePhone } from "@/domain/contact-points/normalise-phone";
import { toSearchText } from "@/features/contacts";

export type ContactCandidate = {
  id: string;
  firstName: string;
  lastName: string;
  companyName: string | null;
  emails: string[];
  phones: string[];
};

const candidateSelect = {
  id: true,
  firstName: true,
  lastName: true,
  company: { select: { name: true } },
  emails: { select: { address: true }, orderBy: { createdAt: "asc" as const } },
  phones: { select: { e164: true }, orderBy: { createdAt: "asc" as const } },
} as const;

/**
 * Contacts that may be the requester, by e-mail address, phone number or name. Each term is
 * matched on its normalised form (Jan@Bedrijf.NL finds jan@bedrijf.nl; 06 12345678 finds
 * +31612345678), names by prefix of the maintained search name or of the last name.
 */
export async function findContactCandidates(
  db: Db,
  terms: (string | null | undefined)[],
  limit = 20,
): Promise<ContactCandidate[]> {
  const or: object[] = [];
  for (const raw of terms) {
    const term = raw?.trim();
    if (!term || term.length < 2) continue;
    const email = term.includes("@") ? normaliseEmail(term) : null;
    if (email) or.push({ emails: { some: { normalised: email } } });
    else if (term.includes("@")) or.push({ emails: { some: { normalised: { startsWith: term.toLowerCase() } } } });
    const phone = /\d{6,}/.test(term.replace(/\D/g, "")) ? normalisePhone(term, "NL") : null;
    if (phone) or.push({ phones: { some: { e164: phone.e164 } } });
    if (!term.includes("@") && !phone) {
      // Contact.searchName is "first last company", accent-folded (Müller = muller).
      const name = toSearchText(term);
      if (name) or.push({ searchName: { startsWith: name } }, { lastName: { startsWith: term, mode: "insensitive" } });
    }
  }
  if (or.length === 0) return [];
  const rows = await db.contact.findMany({
    where: { OR: or },
    select: candidateSelect,
    take: limit,
    orderBy: [{ lastName: "asc" }, { id: "asc" }],
  });
  return rows.map(toCandidate);
}

export async function findContactsByIds(db: Db, ids: string[]): Promise<ContactCandidate[]> {
  if (ids.length === 0) return [];
  const rows = await db.contact.findMany({
    where: { id: { in: ids } },
    select: candidateSelect,
    orderBy: [{ lastName: "asc" }, { id: "asc" }],
  });
  return rows.map(toCandidate);
}

function toCandidate(row: {
  id: string;
  firstName: string;
  lastName: string;
  company: { name: string } | null;
  emails: { address: string }[];
  phones: { e164: string }[];
}): ContactCandidate {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    companyName: row.company?.name ?? null,
    emails: row.emails.map((e) => e.address),
    phones: row.phones.map((p) => p.e164),
  };
}

/** The editable fields of the linked contacts, for the rectification form (art. 16). */
export async function findContactsForRectification(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.contact.findMany({
    where: { id: { in: ids } },
    orderBy: [{ lastName: "asc" }, { id: "asc" }],
    select: {
      id: true,
      firstName: true,
      lastName: true,
      jobTitle: true,
      emails: { select: { id: true, address: true }, orderBy: { createdAt: "asc" } },
      phones: { select: { id: true, e164: true }, orderBy: { createdAt: "asc" } },
    },
  });
}
export type RectifiableContact = Awaited<ReturnType<typeof findContactsForRectification>>[number];
