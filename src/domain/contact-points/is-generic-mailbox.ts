/**
 * Local parts that name a function of a company rather than a person (Dutch and English).
 * A generic address of a company is not personal data, but it is still protected by the Tw for
 * commercial messages, and it is NOT designated for them (Tw art. 11.7; docs/law/outreach-rules.md, rule 5): info@ and
 * inkoop@ need a designation before a commercial mail may go there.
 */
export const GENERIC_MAILBOX_NAMES: ReadonlySet<string> = new Set([
  // general
  "info",
  "informatie",
  "contact",
  "hello",
  "hallo",
  "hi",
  "welkom",
  "mail",
  "post",
  "office",
  "kantoor",
  "algemeen",
  "general",
  "enquiries",
  "enquiry",
  "inquiries",
  "inquiry",
  "team",
  "receptie",
  "reception",
  "balie",
  "secretariaat",
  "secretariat",
  "directie",
  "management",
  // sales, purchasing, marketing
  "sales",
  "verkoop",
  "acquisitie",
  "inkoop",
  "purchasing",
  "procurement",
  "orders",
  "order",
  "bestellingen",
  "bestelling",
  "offerte",
  "offertes",
  "quotes",
  "marketing",
  "communicatie",
  "communications",
  "pr",
  "pers",
  "press",
  "media",
  "events",
  "evenementen",
  "partners",
  // finance and administration
  "admin",
  "administratie",
  "administration",
  "boekhouding",
  "finance",
  "financien",
  "financiën",
  "accounting",
  "accounts",
  "billing",
  "invoice",
  "invoices",
  "factuur",
  "facturen",
  "facturatie",
  "crediteuren",
  "debiteuren",
  "salaris",
  "payroll",
  // support and operations
  "support",
  "service",
  "klantenservice",
  "customerservice",
  "helpdesk",
  "servicedesk",
  "it",
  "ict",
  "techniek",
  "tech",
  "planning",
  "logistiek",
  "logistics",
  "magazijn",
  "warehouse",
  "operations",
  "projecten",
  "projects",
  // people
  "hr",
  "personeelszaken",
  "recruitment",
  "werving",
  "jobs",
  "vacatures",
  "careers",
  "werk",
  "sollicitatie",
  "sollicitaties",
  // technical and legal
  "noreply",
  "no-reply",
  "donotreply",
  "postmaster",
  "hostmaster",
  "webmaster",
  "abuse",
  "security",
  "privacy",
  "fg",
  "dpo",
  "legal",
  "juridisch",
  "compliance",
]);

const SEPARATORS = /[._+-]/;

/**
 * Heuristic: does this local part look like a company mailbox rather than a person's?
 * Used only to SUGGEST the kind "generic" to the user; it is never a legal decision. It matches
 * the whole local part ("info", "no-reply") or its first word ("sales.benelux", "info-nl"), so a
 * person's address that merely contains a word ("jan.sales") stays personal.
 */
export function isGenericMailbox(localPart: string): boolean {
  const value = localPart.trim().toLowerCase().split("@")[0];
  if (value === "") return false;
  if (GENERIC_MAILBOX_NAMES.has(value)) return true;
  const firstWord = value.split(SEPARATORS)[0];
  return firstWord !== "" && GENERIC_MAILBOX_NAMES.has(firstWord);
}
