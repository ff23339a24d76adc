/**
 * Where a processor stands under AVG art. 28 and chapter V: processing by a processor must be
 * governed by a contract (art. 28 lid 3), which the organisation reviews periodically; data sent
 * outside the EEA needs a transfer ground (adequacy decision art. 45, standard contractual clauses
 * or another safeguard art. 46). Pure, so the dashboard warning and the list agree.
 */
export type ProcessorWarning =
  "agreement_missing" | "review_overdue" | "review_due_soon" | "transfer_without_mechanism";

/** EU member states plus Iceland, Liechtenstein and Norway (ISO 3166-1 alpha-2). */
export const EEA_COUNTRIES = new Set([
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
  "IS",
  "LI",
  "NO",
]);

export const REVIEW_DUE_SOON_DAYS = 30;

export function isOutsideEea(location: string): boolean {
  return !EEA_COUNTRIES.has(location.trim().toUpperCase());
}

export function processorWarnings(
  p: {
    agreementSignedAt: Date | null;
    agreementReviewAt: Date | null;
    location: string;
    transferMechanism: string | null;
  },
  now: Date,
): ProcessorWarning[] {
  const out: ProcessorWarning[] = [];
  if (!p.agreementSignedAt) out.push("agreement_missing");
  else if (p.agreementReviewAt && p.agreementReviewAt <= now) out.push("review_overdue");
  else if (p.agreementReviewAt && p.agreementReviewAt.getTime() - now.getTime() <= REVIEW_DUE_SOON_DAYS * 86_400_000)
    out.push("review_due_soon");
  if (isOutsideEea(p.location) && !p.transferMechanism?.trim()) out.push("transfer_without_mechanism");
  return out;
}

/** Warnings that need action now (a review coming up is a reminder, not a problem). */
export const BLOCKING_WARNINGS: readonly ProcessorWarning[] = [
  "agreement_missing",
  "review_overdue",
  "transfer_without_mechanism",
];
