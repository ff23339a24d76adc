/**
 * Normalises the values people put in spreadsheets into the product's vocabulary: "B.V." is a bv,
 * "visitekaartje" a business_card, "31-12-2025" a date. Pure; returns null when a value cannot be
 * read, so that the row validation can name the field instead of guessing.
 */
import {
  CONSENT_METHODS,
  LEGAL_BASES,
  LEGAL_FORMS,
  SOURCE_TYPES,
  type ConsentMethod,
  type LegalBasis,
  type LegalForm,
  type SourceType,
} from "@/domain/vocabulary";

/** Trims, collapses inner whitespace and drops control characters; empty becomes null. */
export function cleanText(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const value = String(raw)
    // eslint-disable-next-line no-control-regex -- strips control characters that spreadsheets carry along
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return value === "" ? null : value;
}

const key = (raw: string) =>
  raw
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

function lookup<T extends string>(values: readonly T[], aliases: Record<string, T>, raw: string | null): T | null {
  if (raw == null) return null;
  const k = key(raw);
  const direct = values.find((v) => key(v) === k);
  return direct ?? aliases[k] ?? null;
}

const LEGAL_FORM_ALIASES: Record<string, LegalForm> = {
  besloten: "bv",
  beslotenvennootschap: "bv",
  naamloos: "nv",
  naamlozevennootschap: "nv",
  stg: "stichting",
  ver: "vereniging",
  cooperatieveverenging: "cooperatie",
  cooperatievevereniging: "cooperatie",
  ua: "cooperatie",
  ez: "eenmanszaak",
  vennootschaponderfirma: "vof",
  ltd: "other",
  gmbh: "other",
  inc: "other",
};
export const normaliseLegalForm = (raw: string | null) => lookup(LEGAL_FORMS, LEGAL_FORM_ALIASES, raw);

const SOURCE_ALIASES: Record<string, SourceType> = {
  visitekaartje: "business_card",
  beurs: "event",
  evenement: "event",
  webformulier: "web_form",
  website: "web_form",
  openbarebron: "public_source",
  gekochtelijst: "purchased_list",
  gehuurdelijst: "purchased_list",
  purchased: "purchased_list",
  rented: "purchased_list",
  rentedlist: "purchased_list",
  doorverwijzing: "referral",
  klant: "customer",
  handmatig: "manual",
};
export const normaliseSourceType = (raw: string | null) => lookup(SOURCE_TYPES, SOURCE_ALIASES, raw);

const METHOD_ALIASES: Record<string, ConsentMethod> = {
  webformulier: "web_form",
  doubleoptin: "double_opt_in",
  dubbeleoptin: "double_opt_in",
  mondeling: "verbal_in_person",
  persoonlijk: "verbal_in_person",
  telefonisch: "verbal_phone",
  telefoon: "verbal_phone",
  visitekaartje: "business_card",
  emailantwoord: "email_reply",
  antwoordpermail: "email_reply",
  papierenformulier: "paper_form",
  formulier: "paper_form",
};
export const normaliseConsentMethod = (raw: string | null) => lookup(CONSENT_METHODS, METHOD_ALIASES, raw);

const BASIS_ALIASES: Record<string, LegalBasis> = {
  toestemming: "consent",
  overeenkomst: "contract",
  wettelijkeplicht: "legal_obligation",
  wettelijkeverplichting: "legal_obligation",
  gerechtvaardigdbelang: "legitimate_interest",
};
export const normaliseLegalBasis = (raw: string | null) => lookup(LEGAL_BASES, BASIS_ALIASES, raw);

/**
 * A date as spreadsheets write it: ISO ("2026-03-01", "2026-03-01T10:15:00Z") or the Dutch day
 * first ("1-3-2026", "01/03/2026 10:15"). Day-first is the Dutch and European reading; a US
 * month-first export would have to be fixed in the file, since "1/3" cannot be told apart.
 * Dates without a time are taken at noon UTC, which is the same calendar day in Amsterdam.
 */
export function parseImportDate(raw: string | null): Date | null {
  if (raw == null) return null;
  const value = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return validDate(+m[1], +m[2], +m[3], 12, 0);
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(value)) {
    const d = new Date(value.replace(" ", "T"));
    return Number.isNaN(d.getTime()) ? null : d;
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(value);
  if (m) return validDate(+m[3], +m[2], +m[1], m[4] ? +m[4] : 12, m[5] ? +m[5] : 0, !m[4]);
  return null;
}

function validDate(y: number, mo: number, d: number, h: number, mi: number, utc = true): Date | null {
  const date = utc ? new Date(Date.UTC(y, mo - 1, d, h, mi)) : amsterdam(y, mo, d, h, mi);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date;
}

/** A wall-clock time in Amsterdam (CET/CEST) as an instant. */
function amsterdam(y: number, mo: number, d: number, h: number, mi: number): Date {
  const guess = new Date(Date.UTC(y, mo - 1, d, h, mi));
  const local = new Date(guess.toLocaleString("en-US", { timeZone: "Europe/Amsterdam" }));
  const utc = new Date(guess.toLocaleString("en-US", { timeZone: "UTC" }));
  return new Date(guess.getTime() - (local.getTime() - utc.getTime()));
}

/** "Jan de Vries" -> first "Jan", last "de Vries": Dutch surname particles stay with the surname. */
export function splitFullName(raw: string | null): { firstName: string | null; lastName: string | null } {
  const value = cleanText(raw);
  if (!value) return { firstName: null, lastName: null };
  if (value.includes(",")) {
    const [last, first] = value.split(",", 2).map((s) => s.trim());
    return { firstName: first || null, lastName: last || null };
  }
  const parts = value.split(" ");
  if (parts.length === 1) return { firstName: null, lastName: parts[0] };
  const particles = new Set(["van", "de", "der", "den", "ten", "ter", "te", "het", "'t", "op", "in", "la", "le", "du"]);
  let i = 1;
  while (i < parts.length - 1 && !particles.has(parts[i].toLowerCase())) i++;
  if (!particles.has(parts[i]?.toLowerCase() ?? "")) i = parts.length - 1;
  return { firstName: parts.slice(0, i).join(" "), lastName: parts.slice(i).join(" ") };
}
