/**
 * The information duty for personal data not obtained from the person (AVG art. 14): who the
 * controller is, the purposes, the source, and the right to object (art. 21 lid 4) must be told
 *  - within a reasonable period, at the latest one month after the data was obtained (lid 3 sub a),
 *  - and, when the data is used to communicate with the person, at the latest at the first
 *    communication (lid 3 sub b).
 * Data the person gave us themselves (a sign-up, a business card, a conversation, their own
 * request, a purchase) falls under art. 13 instead: they were informed when it was collected.
 * Pure: the moment `at` is passed in, facts are plain data. See docs/law/information-duty.md.
 */
import { computeDueAt } from "@/domain/requests/compute-due-at";
import type { SourceType } from "@/domain/vocabulary";

/** Sources where we did not get the data from the person: a public source (a website, LinkedIn,
 *  the trade register), a purchased or rented list, a referral by someone else. */
export const ART14_SOURCE_TYPES: readonly SourceType[] = ["public_source", "purchased_list", "referral"];

/** The obligation an outreach decision carries while the art. 14 notice is due. */
export const ART14_OBLIGATION = "art14_notice";

/** A deadline within this many milliseconds is "due soon" on the privacy officer's list. */
export const ART14_DUE_SOON_MS = 7 * 24 * 60 * 60 * 1000;

export function needsArt14Notice(sourceType: SourceType): boolean {
  return ART14_SOURCE_TYPES.includes(sourceType);
}

export interface Art14NoticeFact {
  id: string;
  givenAt: Date;
}

export interface Art14Facts {
  sourceType: SourceType;
  /** When we obtained the data (the contact's provenance): the month of lid 3 sub a runs from here. */
  collectedAt: Date;
  /** Art. 14 notices given to the person, any channel. */
  notices: readonly Art14NoticeFact[];
  /** The first time we communicated with the person (a call that reached them, a mail that went
   *  out), if ever: lid 3 sub b makes that the deadline when it comes first. */
  firstCommunicationAt?: Date | null;
}

export type Art14DeadlineReason = "one_month" | "first_communication";

export type Art14Status =
  /** Data from the person (art. 13 applies), or not collected yet at `at`. */
  | { state: "not_required" }
  | {
      state: "given";
      noticeId: string;
      givenAt: Date;
      deadline: Date;
      deadlineReason: Art14DeadlineReason;
      /** Given after the deadline: the duty was met, but late. */
      late: boolean;
    }
  | {
      state: "due";
      deadline: Date;
      deadlineReason: Art14DeadlineReason;
      overdue: boolean;
      /** Not overdue, but the deadline is within seven days. */
      dueSoon: boolean;
    };

/** One month after collection: the same calendar day a month later, to the end of that day in
 *  Amsterdam (31 January -> end of 28/29 February), counted as for data-subject requests. */
export function art14MonthDeadline(collectedAt: Date): Date {
  return computeDueAt(collectedAt, 0);
}

/** The deadline as it stands for a notice not given before `before`: the month, or an earlier
 *  first communication that went out without it. */
function deadlineOf(f: Art14Facts, before: Date): { deadline: Date; deadlineReason: Art14DeadlineReason } {
  const month = art14MonthDeadline(f.collectedAt);
  const first = f.firstCommunicationAt;
  if (first && first.getTime() < before.getTime() && first.getTime() < month.getTime())
    return { deadline: first, deadlineReason: "first_communication" };
  return { deadline: month, deadlineReason: "one_month" };
}

/** Where the art. 14 duty for one contact stands at `at`. */
export function art14Status(f: Art14Facts, at: Date): Art14Status {
  if (!needsArt14Notice(f.sourceType) || f.collectedAt.getTime() > at.getTime()) return { state: "not_required" };
  const given = f.notices
    .filter((n) => n.givenAt.getTime() <= at.getTime())
    .sort((a, b) => a.givenAt.getTime() - b.givenAt.getTime())[0];
  if (given) {
    const { deadline, deadlineReason } = deadlineOf(f, given.givenAt);
    return {
      state: "given",
      noticeId: given.id,
      givenAt: given.givenAt,
      deadline,
      deadlineReason,
      late: given.givenAt.getTime() > deadline.getTime(),
    };
  }
  // A communication that lies after `at` had not happened yet at `at`.
  const { deadline, deadlineReason } = deadlineOf(f, new Date(at.getTime() + 1));
  const remaining = deadline.getTime() - at.getTime();
  return {
    state: "due",
    deadline,
    deadlineReason,
    overdue: remaining < 0,
    dueSoon: remaining >= 0 && remaining <= ART14_DUE_SOON_MS,
  };
}

/**
 * The cheap question the outreach engine asks for every decision: is the notice still due at
 * `at`? (No deadline arithmetic: a message or call at `at` must carry the notice either way.)
 */
export function art14NoticeDue(
  f: { sourceType: SourceType; collectedAt?: Date | null; notices?: readonly Art14NoticeFact[] | null },
  at: Date,
): boolean {
  if (!needsArt14Notice(f.sourceType)) return false;
  if (f.collectedAt && f.collectedAt.getTime() > at.getTime()) return false;
  return !(f.notices ?? []).some((n) => n.givenAt.getTime() <= at.getTime());
}
