/**
 * One row of an import file, read into the shape the contact rules check, with what is wrong with
 * it named by column. Pure (the clock comes in): the service then runs the same contact and
 * consent rules as every other way in, so an import is never more lenient than the form.
 */
import { normaliseEmail, normalisePhone, suggestEmailKind, type NormalisedPhone } from "@/domain/contact-points";
import type { ConsentMethod, EmailKind, LegalBasis, LegalForm, PhoneKind, SourceType } from "@/domain/vocabulary";
import { CONSENT_FIELDS, type ImportField } from "./fields";
import {
  cleanText,
  normaliseConsentMethod,
  normaliseLegalBasis,
  normaliseLegalForm,
  normaliseSourceType,
  parseImportDate,
  splitFullName,
} from "./normalise-value";

export type ImportCells = Partial<Record<ImportField, string | null>>;

export interface RowIssue {
  field: ImportField;
  code: string;
  message: string;
}

export interface ImportRowDraft {
  firstName: string;
  lastName: string;
  jobTitle: string | null;
  notes: string | null;
  company: { name: string; legalForm: LegalForm; kvkNumber: string | null } | null;
  emails: { address: string; kind: EmailKind }[];
  /** `parsed` is this check's own reading of the number, handed on so the contact rules need not parse it again. */
  phones: { number: string; kind: PhoneKind; parsed: NormalisedPhone }[];
  postalAddress: { street: string; postalCode: string; city: string; country: string } | null;
  source: { type: SourceType; detail: string | null; collectedAt: Date | null; publishedForPurpose: string | null };
  consent: {
    purpose: string;
    method: ConsentMethod;
    capturedAt: Date;
    location: string | null;
    statement: string | null;
    noticeVersion: number | null;
  } | null;
  basis: { purpose: string; basis: LegalBasis; balancingNote: string | null } | null;
}

export type RowResult = { draft: ImportRowDraft | null; problems: RowIssue[]; warnings: RowIssue[] };

const MAX = { name: 100, text: 200, notes: 5000, detail: 500 } as const;

/**
 * @param fileSource what the user said about the whole file; a row may name its own source
 *   (column sourceType/sourceDetail), except that a purchased or rented list stays one: a vendor's
 *   column cannot turn its own list into a web form with consent (Tw art. 11.7).
 */
export function validateImportRow(
  cells: ImportCells,
  fileSource: { type: SourceType; detail: string | null },
  _now: Date,
): RowResult {
  const problems: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const issue = (list: RowIssue[], field: ImportField, code: string, message: string) =>
    list.push({ field, code, message });
  const text = (field: ImportField, max: number): string | null => {
    const v = cleanText(cells[field]);
    if (v && v.length > max) {
      issue(problems, field, "too_long", `Longer than ${max} characters.`);
      return null;
    }
    return v;
  };

  let firstName = text("firstName", MAX.name);
  let lastName = text("lastName", MAX.name);
  if ((!firstName || !lastName) && cleanText(cells.fullName)) {
    const split = splitFullName(cells.fullName ?? null);
    firstName ??= split.firstName;
    lastName ??= split.lastName;
  }
  if (!lastName) issue(problems, "lastName", "required", "A last name is required.");
  if (!firstName) issue(problems, "firstName", "required", "A first name is required.");

  const emails: ImportRowDraft["emails"] = [];
  const email = cleanText(cells.email);
  if (email) {
    if (normaliseEmail(email) === null) issue(problems, "email", "invalid_email", "Not a valid e-mail address.");
    else emails.push({ address: email, kind: suggestEmailKind(email) ?? "personal" });
  }
  const phones: ImportRowDraft["phones"] = [];
  for (const field of ["phone", "mobile"] as const) {
    const value = cleanText(cells[field]);
    if (!value) continue;
    const parsed = normalisePhone(value);
    if (!parsed) {
      issue(problems, field, "invalid_phone", "Not a valid phone number.");
      continue;
    }
    // A fixed line may be the general number or someone's direct line; an import cannot tell, so
    // it is taken as direct: the stricter reading for telemarketing to natural persons (Tw 11.7).
    phones.push({ number: value, kind: parsed.suggestedKind ?? "direct", parsed });
  }

  const companyName = text("company", MAX.text);
  const legalFormRaw = cleanText(cells.legalForm);
  const legalForm = normaliseLegalForm(legalFormRaw);
  if (legalFormRaw && !legalForm) issue(problems, "legalForm", "invalid_legal_form", "Unknown legal form.");
  const kvk = cleanText(cells.kvkNumber);
  const company = companyName ? { name: companyName, legalForm: legalForm ?? "other", kvkNumber: kvk } : null;
  if (!companyName && kvk) issue(warnings, "kvkNumber", "kvk_without_company", "KvK number ignored: no company.");

  const street = text("street", MAX.text);
  const postalCode = text("postalCode", 20);
  const city = text("city", 100);
  const country = (cleanText(cells.country) ?? "NL").toUpperCase();
  let postalAddress: ImportRowDraft["postalAddress"] = null;
  if (street && postalCode && city) {
    if (!/^[A-Z]{2}$/.test(country)) issue(problems, "country", "invalid_country", "Use a two-letter country code.");
    else postalAddress = { street, postalCode, city, country };
  } else if ((street || postalCode || city) && (cells.street !== undefined || cells.postalCode !== undefined)) {
    // Only where the file has address columns: a file with just a city column cannot carry an
    // address at all, which the mapping screen says once instead of every row repeating it.
    issue(warnings, "street", "address_incomplete", "Address ignored: street, postcode and city are all needed.");
  }

  const source = rowSource(cells, fileSource, warnings, problems);

  let consent: ImportRowDraft["consent"] = null;
  const hasConsent = CONSENT_FIELDS.some((f) => cleanText(cells[f]));
  if (hasConsent && source.type === "purchased_list") {
    // A list bought or rented from someone else carries no consent given to us (AVG art. 4 punt 11,
    // overweging 42; Tw art. 11.7): imported as a contact, never as consent.
    issue(warnings, "consentPurpose", "consent_ignored_purchased_list", "Consent columns ignored: purchased list.");
  } else if (hasConsent) {
    consent = readConsent(cells, problems);
  }

  let basis: ImportRowDraft["basis"] = null;
  const basisRaw = cleanText(cells.basis);
  if (basisRaw || cleanText(cells.basisPurpose)) {
    const value = normaliseLegalBasis(basisRaw);
    const purpose = cleanText(cells.basisPurpose) ?? consent?.purpose ?? null;
    if (!value) issue(problems, "basis", "invalid_basis", "Unknown legal basis.");
    if (!purpose) issue(problems, "basisPurpose", "required", "Name the purpose of the legal basis.");
    if (value && purpose) basis = { purpose, basis: value, balancingNote: cleanText(cells.balancingNote) };
  }

  if (problems.length > 0 || !firstName || !lastName) return { draft: null, problems, warnings };
  return {
    draft: {
      firstName,
      lastName,
      jobTitle: text("jobTitle", MAX.text),
      notes: text("notes", MAX.notes),
      company,
      emails,
      phones,
      postalAddress,
      source,
      consent,
      basis,
    },
    problems,
    warnings,
  };
}

function rowSource(
  cells: ImportCells,
  file: { type: SourceType; detail: string | null },
  warnings: RowIssue[],
  problems: RowIssue[],
): ImportRowDraft["source"] {
  const typeRaw = cleanText(cells.sourceType);
  let type = file.type;
  if (typeRaw) {
    const parsed = normaliseSourceType(typeRaw);
    if (!parsed) problems.push({ field: "sourceType", code: "invalid_source", message: "Unknown source type." });
    else if (file.type === "purchased_list" && parsed !== "purchased_list")
      warnings.push({
        field: "sourceType",
        code: "source_kept_purchased_list",
        message: "The file is a purchased list; the row's own source was not used.",
      });
    else type = parsed;
  }
  const detail = cleanText(cells.sourceDetail) ?? file.detail;
  const collectedRaw = cleanText(cells.collectedAt);
  const collectedAt = parseImportDate(collectedRaw);
  if (collectedRaw && !collectedAt)
    problems.push({ field: "collectedAt", code: "invalid_date", message: "Not a date (use 2026-03-01 or 1-3-2026)." });
  // Only a public source has a publication purpose (the contact rules require it there).
  const published = type === "public_source" ? cleanText(cells.publishedForPurpose) : null;
  return {
    type,
    detail: detail ? detail.slice(0, MAX.detail) : null,
    collectedAt,
    publishedForPurpose: published ? published.slice(0, 200) : null,
  };
}

function readConsent(cells: ImportCells, problems: RowIssue[]): ImportRowDraft["consent"] {
  const purpose = cleanText(cells.consentPurpose);
  const methodRaw = cleanText(cells.consentMethod);
  const method = normaliseConsentMethod(methodRaw);
  const capturedRaw = cleanText(cells.consentCapturedAt);
  const capturedAt = parseImportDate(capturedRaw);
  const versionRaw = cleanText(cells.consentNoticeVersion);
  const noticeVersion = versionRaw && /^\d{1,6}$/.test(versionRaw) ? Number(versionRaw) : null;
  const before = problems.length;
  if (!purpose) problems.push({ field: "consentPurpose", code: "required", message: "Name the purpose consented to." });
  if (!method)
    problems.push({
      field: "consentMethod",
      code: methodRaw ? "invalid_method" : "required",
      message: "Say how consent was given (e.g. web_form, business_card).",
    });
  if (!capturedAt)
    problems.push({
      field: "consentCapturedAt",
      code: capturedRaw ? "invalid_date" : "required",
      message: "Say when consent was given (e.g. 2026-03-01).",
    });
  if (versionRaw && noticeVersion === null)
    problems.push({ field: "consentNoticeVersion", code: "invalid_version", message: "A notice version is a number." });
  if (problems.length > before || !purpose || !method || !capturedAt) return null;
  return {
    purpose,
    method,
    capturedAt,
    location: cleanText(cells.consentLocation),
    statement: cleanText(cells.consentStatement),
    noticeVersion,
  };
}
