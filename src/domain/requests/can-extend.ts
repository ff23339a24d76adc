import type { RuleProblem } from "@/domain/rule-problem";
import { computeDueAt, DEFAULT_REQUEST_TIME_ZONE, type ExtensionMonths } from "./compute-due-at";

export interface ExtendableRequest {
  receivedAt: Date;
  /** Months already added by earlier extensions (0 for none). */
  extensionMonths: number;
  /** Set once the request is answered, refused or withdrawn: nothing left to extend. */
  closedAt?: Date | null;
  timeZone?: string;
}

export interface ExtensionProposal {
  months: number;
  /** Told to the data subject, so it must say something (AVG art. 12 lid 3). */
  reason: string;
}

export type ExtensionProblemCode =
  | "request_closed"
  | "extension_window_closed"
  | "extension_limit_reached"
  | "extension_months_invalid"
  | "extension_reason_missing";

export type ExtensionProblem = RuleProblem<ExtensionProblemCode>;

export type ExtensionCheck =
  { ok: true; remainingMonths: number; newDueAt: Date | null } | { ok: false; problems: ExtensionProblem[] };

export const MAX_EXTENSION_MONTHS = 2;
export const MIN_EXTENSION_REASON_LENGTH = 5;
const CITATION = "AVG art. 12 lid 3";

const MESSAGES: Record<ExtensionProblemCode, [field: string, nl: string, en: string]> = {
  request_closed: ["closedAt", "Dit verzoek is al afgehandeld.", "This request has already been closed."],
  extension_window_closed: [
    "receivedAt",
    "Verlengen kan alleen binnen een maand na ontvangst; die termijn is verstreken.",
    "An extension can only be decided within one month of receipt; that month has passed.",
  ],
  extension_limit_reached: [
    "months",
    "De termijn kan met ten hoogste twee maanden worden verlengd.",
    "The period can be extended by two months at most.",
  ],
  extension_months_invalid: [
    "months",
    "Kies een verlenging van 1 of 2 maanden.",
    "Choose an extension of 1 or 2 months.",
  ],
  extension_reason_missing: [
    "reason",
    "Geef de reden van de verlenging; die wordt aan de betrokkene meegedeeld.",
    "Give the reason for the extension; it is told to the data subject.",
  ],
};

const problem = (code: ExtensionProblemCode): ExtensionProblem => {
  const [field, nl, en] = MESSAGES[code];
  return { code, field, message: { nl, en }, citation: CITATION };
};

/**
 * Whether the deadline of a data-subject request may (still) be extended, and to when.
 * AVG art. 12 lid 3: by at most two further months in total, where necessary given the
 * complexity and number of requests, and the data subject must be told of the extension and the
 * reasons within one month of receipt. So the decision can only be taken up to the ORIGINAL due
 * date, even for a second one-month step. Without `proposal` only the window and the remaining
 * months are checked (to decide whether to offer the action at all).
 */
export function canExtend(request: ExtendableRequest, now: Date, proposal?: ExtensionProposal): ExtensionCheck {
  const tz = request.timeZone ?? DEFAULT_REQUEST_TIME_ZONE;
  const already = request.extensionMonths;
  if (!Number.isInteger(already) || already < 0 || already > MAX_EXTENSION_MONTHS) {
    // Stored state outside the law's range is a bug elsewhere; refuse to reason from it.
    throw new RangeError(`canExtend: extensionMonths must be 0..${MAX_EXTENSION_MONTHS}, got ${already}`);
  }
  const remainingMonths = Math.max(0, MAX_EXTENSION_MONTHS - already);
  const problems: ExtensionProblem[] = [];

  if (request.closedAt != null) problems.push(problem("request_closed"));
  if (now.getTime() > computeDueAt(request.receivedAt, 0, tz).getTime()) {
    problems.push(problem("extension_window_closed"));
  }
  if (remainingMonths === 0) problems.push(problem("extension_limit_reached"));

  if (proposal && remainingMonths > 0) {
    if (!Number.isInteger(proposal.months) || proposal.months < 1) {
      problems.push(problem("extension_months_invalid"));
    } else if (proposal.months > remainingMonths) {
      problems.push(problem("extension_limit_reached"));
    }
  }
  if (proposal && (proposal.reason ?? "").trim().length < MIN_EXTENSION_REASON_LENGTH) {
    problems.push(problem("extension_reason_missing"));
  }

  if (problems.length > 0) return { ok: false, problems };
  const newDueAt = proposal
    ? computeDueAt(request.receivedAt, (already + proposal.months) as ExtensionMonths, tz)
    : null;
  return { ok: true, remainingMonths, newDueAt };
}
