/**
 * Which contacts are past their retention (AVG art. 5 lid 1 sub e: kept "no longer than is
 * necessary"). Pure: the retention job loads the facts, this decides, so the rules are tested
 * without a database.
 *
 * A contact is kept while anything still justifies holding it: a consent in force, a legal basis
 * in force, a customer relationship (or the months after it in which the customer exception of
 * Tw art. 11.7 lid 3 still applies), a restriction (art. 18: stored, not used), an open
 * data-subject request, or a legal hold. Otherwise it expires at the LATEST of
 *   - last activity + the organisation's months without basis, and
 *   - for every purpose whose basis ended: the end + that purpose's retention months
 *     (proof of a withdrawal or objection is itself worth keeping for a while).
 * Optionally (off by default) a contact whose ONLY basis ever was consent, all of it withdrawn,
 * expires a grace period after the last withdrawal, and may be erased without approval.
 */
import { addMonths } from "../calendar";
export type RetentionPolicy = {
  monthsWithoutBasis: number;
  /** Retention months per purpose id; a missing or null entry means monthsWithoutBasis. */
  purposeMonths: Record<string, number | null | undefined>;
  customerExceptionMonthsAfterEnd: number;
  consentLifetimeDays: number | null;
  eraseWhenConsentOnlyWithdrawn: boolean;
  withdrawalGraceDays: number;
};

export type RetentionFacts = {
  legalHold: boolean;
  restricted: boolean;
  openRequest: boolean;
  lastActivityAt: Date;
  /** The latest effective consent record per purpose (corrections already applied). */
  consents: { purposeId: string; action: "granted" | "withdrawn"; effectiveAt: Date }[];
  legalBases: { purposeId: string; since: Date; until: Date | null }[];
  customerRelationships: { until: Date | null }[];
};

export type KeepReason = "legal_hold" | "restricted" | "open_request" | "basis_in_force" | "within_retention";
export type ErasureReason = "no_basis_inactive" | "purpose_retention_passed" | "withdrawn_consent_only";

export type RetentionVerdict =
  | { kind: "keep"; why: KeepReason; until?: Date }
  | { kind: "expired"; reason: ErasureReason; expiredAt: Date; automaticAllowed: boolean };

const DAY_MS = 86_400_000;

export function judgeRetention(facts: RetentionFacts, policy: RetentionPolicy, now: Date): RetentionVerdict {
  if (facts.legalHold) return { kind: "keep", why: "legal_hold" };
  if (facts.restricted) return { kind: "keep", why: "restricted" };
  if (facts.openRequest) return { kind: "keep", why: "open_request" };

  const ends: { purposeId: string | null; at: Date }[] = [];
  for (const c of facts.consents) {
    if (c.action === "withdrawn") {
      ends.push({ purposeId: c.purposeId, at: c.effectiveAt });
      continue;
    }
    const expires = policy.consentLifetimeDays
      ? new Date(c.effectiveAt.getTime() + policy.consentLifetimeDays * DAY_MS)
      : null;
    if (!expires || expires > now) return { kind: "keep", why: "basis_in_force" };
    ends.push({ purposeId: c.purposeId, at: expires });
  }
  for (const b of facts.legalBases) {
    if (b.since <= now && (b.until === null || b.until > now)) return { kind: "keep", why: "basis_in_force" };
    if (b.until) ends.push({ purposeId: b.purposeId, at: b.until });
  }
  for (const r of facts.customerRelationships) {
    if (r.until === null || addMonths(r.until, policy.customerExceptionMonthsAfterEnd) > now) {
      return { kind: "keep", why: "basis_in_force" };
    }
    ends.push({ purposeId: null, at: r.until });
  }

  const onlyWithdrawnConsent =
    facts.consents.length > 0 &&
    facts.consents.every((c) => c.action === "withdrawn") &&
    facts.legalBases.length === 0 &&
    facts.customerRelationships.length === 0;
  if (policy.eraseWhenConsentOnlyWithdrawn && onlyWithdrawnConsent) {
    const last = Math.max(...facts.consents.map((c) => c.effectiveAt.getTime()));
    const expiredAt = new Date(last + policy.withdrawalGraceDays * DAY_MS);
    if (expiredAt <= now)
      return { kind: "expired", reason: "withdrawn_consent_only", expiredAt, automaticAllowed: true };
    return { kind: "keep", why: "within_retention", until: expiredAt };
  }

  let expiredAt = addMonths(facts.lastActivityAt, policy.monthsWithoutBasis);
  let reason: ErasureReason = "no_basis_inactive";
  for (const end of ends) {
    const months = (end.purposeId ? policy.purposeMonths[end.purposeId] : null) ?? policy.monthsWithoutBasis;
    const until = addMonths(end.at, months);
    if (until > expiredAt) {
      expiredAt = until;
      reason = "purpose_retention_passed";
    }
  }
  if (expiredAt > now) return { kind: "keep", why: "within_retention", until: expiredAt };
  return { kind: "expired", reason, expiredAt, automaticAllowed: false };
}

/**
 * The earliest last-activity moment a contact can have and still be kept on activity alone: the
 * retention job reads only contacts older than this (plus those with withdrawn consent when the
 * withdrawal rule is on), so a million recent contacts are never loaded.
 */
export function activityCutoff(policy: RetentionPolicy, now: Date): Date {
  return addMonths(now, -policy.monthsWithoutBasis);
}
