import { LEGAL_BASIS_TERMS } from "../exports/dpv-terms";
import { isOutsideEea } from "../processors/agreement-status";
import type { LegalBasis } from "../vocabulary";

/**
 * One entry of the register of processing activities (AVG art. 30 lid 1), derived from what the
 * product actually holds for a purpose, so it cannot drift from reality: the bases recorded (with
 * how many people rest on each), the categories of personal data actually stored, the categories
 * of people, the recipients (processors serving the purpose, webhook receivers), transfers outside
 * the EEA, and the retention rule. Pure: the service gathers the counts, this shapes them.
 */
export type DataCategory = "name" | "email" | "phone" | "postal" | "notes" | "consent_evidence_scans";
export type SubjectCategory = "prospects" | "customers";

export const DATA_CATEGORY_TERMS: Record<DataCategory, string> = {
  name: "pd:Name",
  email: "pd:EmailAddress",
  phone: "pd:TelephoneNumber",
  postal: "pd:PhysicalAddress",
  notes: "pd:PersonalDocumentation",
  consent_evidence_scans: "pd:Picture",
};
export const SUBJECT_CATEGORY_TERMS: Record<SubjectCategory, string> = {
  prospects: "dpv:DataSubject",
  customers: "dpv:Customer",
};

/** Measures the product itself takes (art. 30 lid 1 sub g, art. 32), true for every purpose. */
export const SECURITY_MEASURES = [
  "role_based_access",
  "hash_chained_audit_trail",
  "password_hashing",
  "salted_suppression_hashes",
  "append_only_consent_evidence",
] as const;

export type ActivityFacts = {
  purpose: {
    id: string;
    key: string;
    nameNl: string;
    nameEn: string;
    dpvPurpose: string;
    directMarketing: boolean;
    retentionMonths: number | null;
  };
  /** People per basis for this purpose (consent = consent in force). */
  bases: Partial<Record<LegalBasis | "customer_exception", number>>;
  /** Contacts holding each kind of data among the people processed for this purpose. */
  stored: Partial<Record<DataCategory, number>>;
  subjects: Partial<Record<SubjectCategory, number>>;
  processors: { id: string; name: string; location: string; transferMechanism: string | null }[];
  webhookReceivers: number;
  retentionMonthsWithoutBasis: number;
};

export function deriveProcessingActivity(f: ActivityFacts) {
  const bases = Object.entries(f.bases)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([basis, count]) => ({
      basis,
      count: count!,
      dpv:
        basis === "customer_exception"
          ? LEGAL_BASIS_TERMS.legitimate_interest.dpv
          : LEGAL_BASIS_TERMS[basis as LegalBasis].dpv,
      gdpr:
        basis === "customer_exception"
          ? LEGAL_BASIS_TERMS.legitimate_interest.gdpr
          : LEGAL_BASIS_TERMS[basis as LegalBasis].gdpr,
    }));
  const dataCategories = (Object.keys(DATA_CATEGORY_TERMS) as DataCategory[])
    .filter((c) => (f.stored[c] ?? 0) > 0)
    .map((c) => ({ category: c, count: f.stored[c]!, dpv: DATA_CATEGORY_TERMS[c] }));
  const subjectCategories = (Object.keys(SUBJECT_CATEGORY_TERMS) as SubjectCategory[])
    .filter((c) => (f.subjects[c] ?? 0) > 0)
    .map((c) => ({ category: c, count: f.subjects[c]!, dpv: SUBJECT_CATEGORY_TERMS[c] }));
  const transfers = f.processors
    .filter((p) => isOutsideEea(p.location))
    .map((p) => ({ processorId: p.id, name: p.name, country: p.location, mechanism: p.transferMechanism }));
  return {
    purpose: f.purpose,
    bases,
    /** Art. 6 lid 1 sub f needs a documented balancing test: flagged so the LIA is asked for. */
    needsLegitimateInterestAssessment: bases.some(
      (b) => b.basis === "legitimate_interest" || b.basis === "customer_exception",
    ),
    dataCategories,
    subjectCategories,
    recipients: {
      processors: f.processors.map((p) => ({ id: p.id, name: p.name })),
      webhookReceivers: f.webhookReceivers,
    },
    transfers,
    retention: {
      monthsAfterBasisEnds: f.purpose.retentionMonths ?? f.retentionMonthsWithoutBasis,
      monthsWithoutBasis: f.retentionMonthsWithoutBasis,
    },
    securityMeasures: [...SECURITY_MEASURES],
  };
}
export type ProcessingActivity = ReturnType<typeof deriveProcessingActivity>;
