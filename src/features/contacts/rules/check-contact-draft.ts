import type { EmailKind, LegalForm, SourceType } from "@/domain/vocabulary";
import {
  checkCompany,
  checkEmails,
  checkPhones,
  checkPostalAddress,
  checkSource,
  type PhoneDraft,
} from "./contact-rules";
import type { FieldProblem } from "@/server/errors";

/** What create and update have in common; each part optional so an update checks what it changes. */
export interface ContactDraft {
  company?: { name: string; legalForm: LegalForm; kvkNumber?: string | null } | null;
  emails?: { address: string; kind: EmailKind; designation?: { where?: string | null; seenAt?: Date | null } | null }[];
  phones?: PhoneDraft[];
  postalAddress?: { street: string; postalCode: string; city: string; country: string } | null;
  source?: { type: SourceType; detail?: string | null; publishedForPurpose?: string | null; collectedAt?: Date | null };
}

/** Runs every contact rule and returns all problems plus the normalised values to store. */
export function checkContactDraft(draft: ContactDraft, now: Date) {
  const company = checkCompany(draft.company);
  const emails = checkEmails(draft.emails ?? [], now);
  const phones = checkPhones(draft.phones ?? []);
  const postal = checkPostalAddress(draft.postalAddress);
  const source = draft.source ? checkSource(draft.source, now) : [];
  const problems: FieldProblem[] = [
    ...company.problems,
    ...emails.problems,
    ...phones.problems,
    ...postal.problems,
    ...source,
  ];
  return {
    problems,
    kvkNumber: company.kvkNumber,
    emails: emails.emails,
    phones: phones.phones,
    postalAddress: postal.address,
  };
}
