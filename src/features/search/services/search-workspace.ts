import { can } from "@/domain/access/permissions";
import type { Role } from "@/domain/vocabulary";
import type { Db } from "@/server/db";
import { findContacts } from "@/features/contacts";
import { findRequestsByReference } from "@/features/requests";

export type SearchHit =
  | {
      kind: "contact";
      id: string;
      href: string;
      name: string;
      company: string | null;
      email: string | null;
      phone: string | null;
    }
  | { kind: "request"; id: string; href: string; reference: string; type: string; status: string };

export const SEARCH_LIMIT = { contacts: 8, requests: 5 } as const;

/**
 * The search box in the top bar: contacts by name, company, e-mail or phone (the contacts list's
 * own search, so the same prefix indexes serve it) and data-subject requests by reference. Each
 * kind is searched only for a role that may open what it finds, by the permission of the page the
 * hit links to.
 */
export async function searchWorkspace(db: Db, role: Role, q: string): Promise<SearchHit[]> {
  const text = q.trim();
  if (text.length < 2) return [];
  const [contacts, requests] = await Promise.all([
    can(role, "contacts:read") ? findContacts(db, { q: text, limit: SEARCH_LIMIT.contacts }) : null,
    can(role, "requests:manage") ? findRequestsByReference(db, text, SEARCH_LIMIT.requests) : [],
  ]);
  return [
    ...requests.map((r): SearchHit => ({
      kind: "request",
      id: r.id,
      href: `/requests/${r.id}`,
      reference: r.reference,
      type: r.type,
      status: r.status,
    })),
    ...(contacts?.rows ?? []).map((c): SearchHit => ({
      kind: "contact",
      id: c.id,
      href: `/contacts/${c.id}`,
      name: `${c.firstName} ${c.lastName}`,
      company: c.company?.name ?? null,
      email: c.emails[0]?.address ?? null,
      phone: c.phones[0]?.e164 ?? null,
    })),
  ];
}
