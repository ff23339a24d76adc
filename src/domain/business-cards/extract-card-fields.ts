import type { LegalForm } from "@/domain/vocabulary";
import { emailCandidates } from "./email-candidates";
import { phoneCandidates } from "./phone-candidates";
import type { CardProposal, OcrLine, Proposal } from "./types";
import { COMPANY_WORDS, LEGAL_FORM_PATTERNS, NAME_AFFIXES, NAME_PARTICLES, TITLE_STEMS, TITLE_WORDS } from "./words";

/**
 * Proposes the contact fields of a business card from the lines an OCR engine read on it: name,
 * company (with its legal form), job title, e-mail address and phone number, each with a
 * confidence (0-1) so that the UI can mark weak guesses. Pure: the same lines give the same
 * proposal. Only proposes: the rep confirms or corrects every field before anything is saved.
 *
 * E-mail and phone are accepted only when the contact-points normalisers accept them, so a
 * proposed value always passes the form's own checks. Name, company and title are recognised by
 * what the line looks like (legal forms, title words in Dutch and English, capitalised words),
 * helped by the e-mail address: its local part usually holds the person's name, its domain the
 * company's.
 */
export function extractCardFields(input: readonly OcrLine[]): CardProposal {
  const lines = input.map((l) => ({ text: tidy(l.text), ocr: clamp(l.confidence / 100) }));
  const used = new Set<number>();

  const email = pickEmail(lines);
  const phone = pickPhone(lines);
  // Lines holding contact details, web addresses or a postal address are none of the other fields.
  lines.forEach((l, i) => {
    if (isContactLine(l.text) || isAddressLine(l.text) || !/[a-z]{2}/i.test(l.text)) used.add(i);
  });
  if (email) used.add(email.line);
  if (phone) used.add(phone.line);

  const company = pickCompany(lines, used, email?.value ?? null);
  if (company) used.add(company.line);
  const jobTitle = pickJobTitle(lines, used);
  if (jobTitle) used.add(jobTitle.line);
  const name = pickName(lines, used, email?.value ?? null, jobTitle?.line ?? null);
  return { name, company, jobTitle, email, phone };
}

type Line = { text: string; ocr: number };

const clamp = (n: number) => Math.max(0, Math.min(1, Number.isFinite(n) ? n : 0));
const round = (n: number) => Math.round(clamp(n) * 100) / 100;
// OCR output: runs of spaces, stray bullets and bars at the edges of a line.
const tidy = (s: string) =>
  s
    .replace(/[\u2022|•·]+\s*$/g, "")
    .replace(/^\s*[\u2022|•·]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
const words = (s: string) => s.toLowerCase().match(/[\p{L}][\p{L}'.-]*/gu) ?? [];
const letters = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z]/g, "");

function pickEmail(lines: Line[]): Proposal | null {
  for (const [i, l] of lines.entries()) {
    const [first] = emailCandidates(l.text);
    if (first) return { value: first.email, confidence: round(l.ocr * first.certainty), line: i };
  }
  return null;
}

function pickPhone(lines: Line[]): CardProposal["phone"] {
  const all = lines.flatMap((l, i) => phoneCandidates(l.text).map((c) => ({ ...c, line: i, ocr: l.ocr })));
  // A mobile number leads to the person; a fixed line may be the switchboard.
  const best = all.find((c) => c.mobile) ?? all[0];
  if (!best) return null;
  return {
    value: best.phone.e164,
    kind: best.phone.suggestedKind,
    confidence: round(best.ocr * best.certainty),
    line: best.line,
  };
}

const WEB = /(^|\s)(www\.|https?:\/\/)|\.(nl|com|eu|be|de|org|net|io|co\.uk)(\/\S*)?$/i;
const CONTACT_LABEL =
  /^\s*(t|tel|telefoon|phone|m|mob|mobiel|mobile|gsm|f|fax|e|e-?mail|w|web|kvk|btw|vat|iban|bic)\b\s*[:.]/i;
function isContactLine(text: string) {
  return (
    text.includes("@") || WEB.test(text) || CONTACT_LABEL.test(text) || (text.match(/\d/g)?.length ?? 0) >= 6 // phone, KvK, IBAN: mostly digits
  );
}

const POSTCODE_NL = /\b[1-9]\d{3}\s?[A-Z]{2}\b/;
const POSTCODE_OTHER = /\b(\d{4,5})\s+\p{Lu}\p{Ll}+/u; // Belgian and German: "2000 Antwerpen", "10115 Berlin"
const STREET =
  /(straat|weg|laan|gracht|plein|kade|singel|dijk|park|hof|steeg|pad|dreef|markt|boulevard|street|road|avenue|lane|strasse|straße)\s*\d/i;
function isAddressLine(text: string) {
  return POSTCODE_NL.test(text) || POSTCODE_OTHER.test(text) || STREET.test(text) || /^\s*postbus\b/i.test(text);
}

function legalFormOf(text: string): { form: LegalForm; name: string } | null {
  for (const { pattern, form, strip } of LEGAL_FORM_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const name = strip ? (text.slice(0, match.index) + text.slice(match.index + match[0].length)).trim() : text;
    return { form, name: name.replace(/[\s,]+$/, "").trim() || text };
  }
  return null;
}

/** The company's name in its e-mail domain ("jansen-installatie" of marieke@jansen-installatie.nl). */
function domainName(email: string | null): string | null {
  if (!email) return null;
  const domain = email.slice(email.indexOf("@") + 1);
  const labels = domain.split(".");
  const name = labels.length >= 2 ? labels[labels.length - 2] : null;
  // Mail providers say nothing about the company.
  if (
    !name ||
    /^(gmail|hotmail|outlook|live|yahoo|icloud|me|ziggo|kpnmail|kpnplanet|xs4all|planet|home|chello|telfort|upcmail|hetnet|proton|protonmail|gmx|web)$/.test(
      name,
    )
  )
    return null;
  return letters(name);
}

function pickCompany(lines: Line[], used: Set<number>, email: string | null): CardProposal["company"] {
  const domain = domainName(email);
  let best: NonNullable<CardProposal["company"]> | null = null;
  for (const [i, l] of lines.entries()) {
    if (used.has(i)) continue;
    const legal = legalFormOf(l.text);
    // "Marketing & Design" is a title, not a design studio; a legal form settles it either way.
    if (!legal && titleScore(l.text) > 0) continue;
    const compact = letters(l.text);
    const matchesDomain =
      domain !== null &&
      domain.length >= 3 &&
      compact.length >= 3 &&
      (compact.includes(domain) || domain.includes(compact) || sharedPrefix(compact, domain) >= 5);
    const companyWord = words(l.text).some((w) => COMPANY_WORDS.includes(w));
    // marieke@devries.nl: a personal domain; the line is her name, not a company.
    if (!legal && !companyWord && namedInLocalPart(l.text, email)) continue;
    const score = legal ? 0.95 : matchesDomain ? 0.75 : companyWord ? 0.5 : 0;
    if (score === 0) continue;
    const confidence = round(score * l.ocr);
    if (!best || confidence > best.confidence)
      best = { value: legal?.name ?? l.text, legalForm: legal?.form ?? null, confidence, line: i };
  }
  return best;
}

/** Whether a word of the line (3+ letters, no particle) is in the e-mail address's local part. */
function namedInLocalPart(text: string, email: string | null): boolean {
  const local = email ? letters(email.slice(0, email.indexOf("@"))) : "";
  if (!local) return false;
  return text
    .split(" ")
    .filter((t) => !NAME_PARTICLES.includes(t.toLowerCase()) && letters(t).length >= 3)
    .some((t) => local.includes(letters(t)));
}

function sharedPrefix(a: string, b: string) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function titleScore(text: string): number {
  const ws = words(text);
  if (ws.length === 0 || ws.length > 8) return 0;
  const hits = ws.filter(
    (w) =>
      TITLE_WORDS.includes(w.replace(/[.,]$/, "")) || TITLE_STEMS.some((s) => w.length > s.length + 2 && w.endsWith(s)),
  );
  return hits.length === 0 ? 0 : hits.length >= 2 || ws.length <= 3 ? 0.9 : 0.7;
}

function pickJobTitle(lines: Line[], used: Set<number>): Proposal | null {
  let best: Proposal | null = null;
  for (const [i, l] of lines.entries()) {
    if (used.has(i)) continue;
    const score = titleScore(l.text);
    if (score === 0) continue;
    const confidence = round(score * l.ocr);
    if (!best || confidence > best.confidence) best = { value: l.text.replace(/[,;]$/, ""), confidence, line: i };
  }
  return best;
}

/** The words of a line that could be a person's name, titles and degrees removed; null if it cannot be one. */
function nameTokens(text: string): string[] | null {
  const tokens = text
    .replace(/,/g, " ")
    .split(" ")
    .filter((t) => t && !NAME_AFFIXES.includes(t.toLowerCase().replace(/\.$/, "")));
  if (tokens.length < 2 || tokens.length > 6) return null;
  for (const t of tokens) {
    if (!/^[\p{L}][\p{L}'.-]*$/u.test(t)) return null;
    const particle = NAME_PARTICLES.includes(t.toLowerCase());
    if (!particle && !/^\p{Lu}/u.test(t)) return null;
  }
  if (NAME_PARTICLES.includes(tokens[tokens.length - 1].toLowerCase())) return null;
  if (tokens.every((t) => t === t.toUpperCase() && t.length > 3)) return null; // a shouted company name
  return tokens;
}

/** "Marieke de Vries" -> Marieke / de Vries; "Jan Peter Jansen" -> Jan Peter / Jansen; "J.P. van Dam" -> J.P. / van Dam. */
export function splitName(tokens: string[]): { firstName: string; lastName: string } {
  const particle = tokens.findIndex((t, i) => i > 0 && NAME_PARTICLES.includes(t.toLowerCase()));
  const cut = particle > 0 ? particle : tokens.length - 1;
  return { firstName: tokens.slice(0, cut).join(" "), lastName: tokens.slice(cut).join(" ") };
}

function pickName(
  lines: Line[],
  used: Set<number>,
  email: string | null,
  titleLine: number | null,
): CardProposal["name"] {
  let best: NonNullable<CardProposal["name"]> | null = null;
  for (const [i, l] of lines.entries()) {
    if (used.has(i)) continue;
    const tokens = nameTokens(l.text);
    if (!tokens) continue;
    if (words(l.text).some((w) => COMPANY_WORDS.includes(w))) continue;
    let score = 0.5;
    // The address's local part holds the name (marieke.devries@, mdevries@, m.de.vries@).
    if (namedInLocalPart(tokens.join(" "), email)) score += 0.35;
    // A title is printed right under (or over) the name.
    if (titleLine !== null && Math.abs(titleLine - i) === 1) score += 0.1;
    const confidence = round(Math.min(score, 0.95) * l.ocr);
    if (!best || confidence > best.confidence) {
      const value = tokens.join(" ");
      best = { value, ...splitName(tokens), confidence, line: i };
    }
  }
  return best;
}
