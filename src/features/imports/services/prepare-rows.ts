import {
  validateImportRow,
  type ImportCells,
  type ImportField,
  type ImportRowDraft,
  type RowIssue,
} from "@/domain/imports";
import type { SourceType } from "@/domain/vocabulary";
import { checkContactDraft } from "@/features/contacts";
import type { NormalisedEmail } from "@/features/contacts";
import type { TRecordConsentParsed } from "@/features/consents";
import type { TImportMapping } from "../schemas";
import type { ParsedRecord } from "../parsers/types";

export type PreparedRow = {
  line: number;
  draft: ImportRowDraft | null;
  problems: RowIssue[];
  warnings: RowIssue[];
  emails: NormalisedEmail[];
  phones: { e164: string; kind: "general" | "direct" | "mobile"; field: ImportField }[];
  kvkNumber: string | null;
  postalAddress: ImportRowDraft["postalAddress"];
  /** What identifies the person for dedupe: personal addresses and mobile numbers. */
  keys: string[];
  /** Every address and number, for the suppression list. */
  identifiers: { field: ImportField; value: string }[];
  consent: TRecordConsentParsed | null;
};

/** Contact-rule field paths ("emails.0.address") named as the file's columns ("email"). */
function columnOf(field: string, row: PreparedRow | null, phoneFields: ImportField[]): ImportField {
  if (field.startsWith("emails")) return "email";
  if (field.startsWith("phones")) return phoneFields[Number(field.split(".")[1])] ?? "phone";
  if (field === "company.kvkNumber") return "kvkNumber";
  if (field === "company.legalForm") return "legalForm";
  if (field.startsWith("postalAddress.")) return field.slice("postalAddress.".length) as ImportField;
  if (field === "source.collectedAt") return "collectedAt";
  if (field === "source.publishedForPurpose") return "publishedForPurpose";
  if (field.startsWith("source.")) return "sourceDetail";
  void row;
  return field as ImportField;
}

/**
 * A row as the import reads it: the domain's per-row validation, then the same contact rules as
 * the contact form (e-mail, phone, KvK, postcode, provenance), so an import is no more lenient
 * than entering the person by hand. Pure apart from the clock.
 */
export function prepareRow(
  record: ParsedRecord,
  mapping: TImportMapping,
  fileSource: { type: SourceType; detail: string | null },
  now: Date,
): PreparedRow {
  const cells: ImportCells = {};
  mapping.forEach((field, i) => {
    if (field && cells[field] == null) cells[field] = record.cells[i] ?? null;
  });
  const read = validateImportRow(cells, fileSource, now);
  const row: PreparedRow = {
    line: record.line,
    draft: read.draft,
    problems: [...read.problems],
    warnings: read.warnings,
    emails: [],
    phones: [],
    kvkNumber: null,
    postalAddress: null,
    keys: [],
    identifiers: [],
    consent: null,
  };
  const draft = read.draft;
  if (!draft) return row;
  const phoneFields: ImportField[] = (["phone", "mobile"] as const).filter((f) => (cells[f] ?? "").trim() !== "");
  const checked = checkContactDraft(
    {
      company: draft.company,
      emails: draft.emails,
      phones: draft.phones,
      postalAddress: draft.postalAddress,
      source: draft.source,
    },
    now,
  );
  for (const p of checked.problems)
    row.problems.push({ field: columnOf(p.field, row, phoneFields), code: p.key ?? "invalid", message: p.message });
  if (row.problems.length > 0) {
    row.draft = null;
    return row;
  }
  row.emails = checked.emails;
  row.phones = checked.phones.map((p, i) => ({ ...p, field: phoneFields[i] ?? "phone" }));
  row.kvkNumber = checked.kvkNumber;
  row.postalAddress = checked.postalAddress;
  row.identifiers = [
    ...row.emails.map((e) => ({ field: "email" as const, value: e.normalised })),
    ...row.phones.map((p) => ({ field: p.field, value: p.e164 })),
  ];
  // Generic addresses (info@) and fixed lines are shared by colleagues: matching on them would
  // merge different people into one record and mix their consents. Only what leads to one person
  // identifies them.
  row.keys = [
    ...row.emails.filter((e) => e.kind === "personal").map((e) => `e:${e.normalised}`),
    ...row.phones.filter((p) => p.kind === "mobile").map((p) => `p:${p.e164}`),
  ];
  if (draft.consent) {
    row.consent = {
      purpose: draft.consent.purpose,
      method: draft.consent.method,
      capturedAt: draft.consent.capturedAt,
      // The file states that the person gave consent in this way; the evidence rules still apply.
      affirmativeAct: true,
      preTicked: false,
      // Marks the grant as one that came with a list (recordedVia "import"), read by the outreach rules.
      importedFromList: true,
      evidence: {
        location: draft.consent.location,
        statement: draft.consent.statement,
        grantor: null,
        noticeVersion: draft.consent.noticeVersion,
        ip: null,
        confirmationIp: null,
        confirmationUserAgent: null,
        userAgent: null,
        formVersion: null,
      },
    };
  }
  return row;
}
