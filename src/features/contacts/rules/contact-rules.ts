/**
 * Rules for contact data beyond its shape. Pure (no database), so each is unit-tested; the
 * services run them before anything is written and report every problem at once, by field.
 */
import { CLOCK_SKEW_MS } from "@/domain/consent";
import { normaliseEmail, normaliseKvk, normalisePhone, type NormalisedPhone } from "@/domain/contact-points";
import type { EmailKind, PhoneKind, SourceType } from "@/domain/vocabulary";
import type { FieldProblem } from "@/server/errors";

const problem = (field: string, key: string, message: string): FieldProblem => ({ field, key, message });

export interface EmailDraft {
  address: string;
  kind: EmailKind;
  designation?: { where?: string | null; seenAt?: Date | null } | null;
}
export interface NormalisedEmail {
  address: string;
  normalised: string;
  kind: EmailKind;
  designationWhere: string | null;
  designationSeenAt: Date | null;
}

/**
 * Addresses are normalised for matching (AVG art. 17: an erased person must be recognised in any
 * casing). A "designated for commercial messages" address is only that with evidence of where and
 * when the company said so (Tw art. 11.7 lid 1; docs/law/outreach-rules.md, rule 5): without it, it is just an
 * address, and a guess would let mail through that needs consent. Duplicates are merged.
 */
export function checkEmails(emails: readonly EmailDraft[], now: Date, prefix = "emails") {
  const problems: FieldProblem[] = [];
  const out: NormalisedEmail[] = [];
  emails.forEach((email, i) => {
    const normalised = normaliseEmail(email.address);
    if (normalised === null) {
      problems.push(problem(`${prefix}.${i}.address`, "validation.email", "Enter a valid e-mail address."));
      return;
    }
    const designated = email.kind === "designated_commercial";
    const where = email.designation?.where?.trim() || null;
    const seenAt = email.designation?.seenAt ?? null;
    if (designated && !where) {
      problems.push(
        problem(
          `${prefix}.${i}.designation.where`,
          "contacts.errors.designationWhere",
          "Say where the company showed this address is meant for commercial messages (Tw art. 11.7).",
        ),
      );
    }
    if (designated && seenAt && seenAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      problems.push(
        problem(`${prefix}.${i}.designation.seenAt`, "contacts.errors.inFuture", "This date is in the future."),
      );
    }
    if (out.some((e) => e.normalised === normalised)) return;
    out.push({
      address: email.address.trim(),
      normalised,
      kind: email.kind,
      designationWhere: designated ? where : null,
      designationSeenAt: designated ? (seenAt ?? now) : null,
    });
  });
  return { problems, emails: out };
}

export interface PhoneDraft {
  number: string;
  kind: PhoneKind;
  /**
   * What normalisePhone(number) answered, when the caller has already asked: an import row's own
   * check parses each number, and parsing with the full metadata is the largest cost per imported
   * row, so the rules take that answer instead of parsing the same number a second time.
   */
  parsed?: NormalisedPhone;
}

/** Phones are stored as E.164 (Dutch local forms like 06 12345678 accepted); duplicates merged. */
export function checkPhones(phones: readonly PhoneDraft[], prefix = "phones") {
  const problems: FieldProblem[] = [];
  const out: { e164: string; kind: PhoneKind }[] = [];
  phones.forEach((phone, i) => {
    const parsed = phone.parsed ?? normalisePhone(phone.number);
    if (parsed === null) {
      problems.push(
        problem(
          `${prefix}.${i}.number`,
          "validation.phone",
          "Enter a valid phone number, e.g. 06 12345678 or +31 20 123 4567.",
        ),
      );
      return;
    }
    if (!out.some((p) => p.e164 === parsed.e164)) out.push({ e164: parsed.e164, kind: phone.kind });
  });
  return { problems, phones: out };
}

/**
 * KvK numbers have 8 digits. The legal form "none" is allowed with a name: someone acting without a
 * legal entity (a private person, or a trade name that is not registered). The rules treat such a
 * person as a natural person (Tw art. 11.7: telemarketing needs their consent).
 */
export function checkCompany(
  company: { legalForm: string; kvkNumber?: string | null } | null | undefined,
  prefix = "company",
) {
  const problems: FieldProblem[] = [];
  if (!company) return { problems, kvkNumber: null };
  let kvkNumber: string | null = null;
  if (company.kvkNumber) {
    kvkNumber = normaliseKvk(company.kvkNumber);
    if (kvkNumber === null)
      problems.push(problem(`${prefix}.kvkNumber`, "validation.kvk", "A KvK number has exactly 8 digits."));
  }
  return { problems, kvkNumber };
}

/** Sources whose detail is needed to tell the person where we got their data (AVG art. 14 lid 2 sub f). */
export const SOURCES_NEEDING_DETAIL: readonly SourceType[] = [
  "event",
  "web_form",
  "public_source",
  "purchased_list",
  "referral",
];

/**
 * Provenance: the detail names the fair, web page, list vendor or referrer. Data from a public
 * source may only be used for the purpose it was published for (AVG art. 5 lid 1 sub b), so that
 * purpose is required. Collection cannot lie in the future.
 */
export function checkSource(
  source: { type: SourceType; detail?: string | null; publishedForPurpose?: string | null; collectedAt?: Date | null },
  now: Date,
  prefix = "source",
) {
  const problems: FieldProblem[] = [];
  if (SOURCES_NEEDING_DETAIL.includes(source.type) && !source.detail?.trim()) {
    problems.push(
      problem(
        `${prefix}.detail`,
        `contacts.errors.sourceDetail.${source.type}`,
        "Say where exactly this contact came from.",
      ),
    );
  }
  if (source.type === "public_source" && !source.publishedForPurpose?.trim()) {
    problems.push(
      problem(
        `${prefix}.publishedForPurpose`,
        "contacts.errors.publishedForPurpose",
        "Say for which purpose the data was published; it may only be used for that (AVG art. 5 lid 1 sub b).",
      ),
    );
  }
  if (source.collectedAt && source.collectedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    problems.push(problem(`${prefix}.collectedAt`, "contacts.errors.inFuture", "This date is in the future."));
  }
  return problems;
}

/** Dutch postcodes are "1234 AB"; stored in that one form so that mailings sort and match. */
export function checkPostalAddress(
  address: { street: string; postalCode: string; city: string; country: string } | null | undefined,
  prefix = "postalAddress",
) {
  if (!address) return { problems: [] as FieldProblem[], address: null };
  if (address.country !== "NL") return { problems: [] as FieldProblem[], address };
  const match = /^([1-9][0-9]{3})\s?([A-Za-z]{2})$/.exec(address.postalCode.trim());
  if (!match || /^(SA|SD|SS)$/i.test(match[2])) {
    return {
      problems: [problem(`${prefix}.postalCode`, "contacts.errors.postalCode", "A Dutch postcode looks like 1234 AB.")],
      address: null,
    };
  }
  return {
    problems: [] as FieldProblem[],
    address: { ...address, postalCode: `${match[1]} ${match[2].toUpperCase()}` },
  };
}
