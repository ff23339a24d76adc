/**
 * Rules for legal bases, customer relationships, objections, restrictions and withdrawals: the
 * records the outreach rules read. Pure, unit-tested, each problem names its field.
 */
import { CLOCK_SKEW_MS } from "@/domain/consent";
import type { LegalBasis } from "@/domain/vocabulary";

export type RuleProblem = { field: string; key: string; message: string; code: string };

const p = (field: string, code: string, message: string): RuleProblem => ({
  field,
  code,
  key: `consents.errors.${code}`,
  message,
});

/** Facts are recorded after they happen: a future time would make a later send look covered. */
export function notInFuture(at: Date | null | undefined, now: Date, field: string): RuleProblem[] {
  return at && at.getTime() > now.getTime() + CLOCK_SKEW_MS
    ? [p(field, "inFuture", "This time is in the future.")]
    : [];
}

/** The longest pause a person can ask for; to stop for good there is the opt-out and the objection. */
export const MAX_PAUSE_DAYS = 366;

/**
 * A pause of a channel ("no e-mail until ...") ends in the future and within a year: a pause that
 * has already ended would record nothing, and one of years is really an opt-out, which the person
 * can make as such (AVG art. 21 lid 2).
 */
export function checkPause(until: Date, now: Date): RuleProblem[] {
  if (until.getTime() <= now.getTime()) return [p("until", "pauseEnded", "A pause ends in the future.")];
  if (until.getTime() > now.getTime() + MAX_PAUSE_DAYS * 86_400_000)
    return [p("until", "pauseTooLong", "A pause lasts a year at most; to stop for good, unsubscribe instead.")];
  return [];
}

/** The minimum length of a balancing note: one sentence each for interest, necessity, balance. */
export const MIN_BALANCING_NOTE_LENGTH = 30;

/**
 * A legal basis per contact and purpose (AVG art. 6 lid 1).
 * - Legitimate interest needs the balancing test written down (art. 6 lid 1 sub f, overweging 47;
 *   art. 5 lid 2: the controller must be able to show it).
 * - Direct marketing is never necessary for a contract nor required by law (EDPB Guidelines 2/2019
 *   on art. 6(1)(b), §51-52): for such purposes only consent or legitimate interest will do.
 * - "Consent" as a basis needs a consent record that currently counts for this purpose: the basis
 *   is the consent itself (art. 7 lid 1), recorded through "Log an opt-in".
 */
export function checkLegalBasis(input: {
  basis: LegalBasis;
  balancingNote?: string | null;
  since: Date;
  until?: Date | null;
  purposeIsDirectMarketing: boolean;
  hasCountingConsent: boolean;
  now: Date;
}): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (input.basis === "legitimate_interest") {
    const note = input.balancingNote?.trim() ?? "";
    if (note.length < MIN_BALANCING_NOTE_LENGTH) {
      problems.push(
        p(
          "balancingNote",
          "balancingNoteRequired",
          "Write down the balancing test: our interest, why it is needed, and why it does not override the person's interests (AVG art. 6 lid 1 sub f).",
        ),
      );
    }
  }
  if (input.purposeIsDirectMarketing && (input.basis === "contract" || input.basis === "legal_obligation")) {
    problems.push(
      p(
        "basis",
        "basisNotForMarketing",
        "Direct marketing is not necessary for a contract nor required by law; use consent or legitimate interest (EDPB Guidelines 2/2019).",
      ),
    );
  }
  if (input.basis === "consent" && !input.hasCountingConsent) {
    problems.push(
      p(
        "basis",
        "basisConsentMissing",
        "There is no valid consent for this purpose; record the consent itself with “Log an opt-in” (AVG art. 7 lid 1).",
      ),
    );
  }
  problems.push(...notInFuture(input.since, input.now, "since"));
  if (input.until && input.until.getTime() < input.since.getTime()) {
    problems.push(p("until", "untilBeforeSince", "The end lies before the start."));
  }
  return problems;
}

/**
 * A customer relationship founds the customer exception (Tw art. 11.7 lid 3) only for the
 * organisation's own similar products, so the products are required; it must have started.
 */
export function checkCustomerRelationship(input: {
  since: Date;
  until?: Date | null;
  products: readonly string[];
  now: Date;
}): RuleProblem[] {
  const problems: RuleProblem[] = [...notInFuture(input.since, input.now, "since")];
  if (input.until && input.until.getTime() < input.since.getTime()) {
    problems.push(p("until", "untilBeforeSince", "The end lies before the start."));
  }
  if (input.products.filter((x) => x.trim() !== "").length === 0) {
    problems.push(
      p("products", "productsRequired", "Name the products or services the contact bought (Tw art. 11.7 lid 3)."),
    );
  }
  return problems;
}
