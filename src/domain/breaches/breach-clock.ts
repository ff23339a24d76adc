/**
 * The 72-hour clock of AVG art. 33 lid 1: a personal data breach is notified to the Autoriteit
 * Persoonsgegevens "without undue delay and, where feasible, not later than 72 hours after having
 * become aware of it"; a later notification states the reasons for the delay.
 *
 * Hours are elapsed hours on the real clock, nights, weekends and holidays included (EDPB
 * Guidelines 9/2022). The deadline is therefore the instant of awareness plus exactly 72 hours,
 * not "the same wall-clock time three days later": across the switch to summer time the
 * Amsterdam clock shows one hour later than at awareness, across the switch back one hour
 * earlier. Regulation 1182/71 art. 3 lid 1 would let the period start at the next full hour; the
 * product shows the stricter instant, as it does for request deadlines.
 *
 * For a breach at a processor the controller becomes aware when the processor tells it (art. 33
 * lid 2), so `awareAt` is that moment, not when the processor found out.
 */
export const NOTIFICATION_WINDOW_MS = 72 * 60 * 60 * 1000;
/** The last 24 hours are shown as urgent. */
export const URGENT_WINDOW_MS = 24 * 60 * 60 * 1000;

export type BreachRisk = "unlikely" | "risk" | "high_risk";

export type BreachClockState =
  /** Still within 72 hours and not yet notified. */
  | "running"
  /** Within the last 24 hours of the window. */
  | "urgent"
  /** Past 72 hours, not notified, and no decision that notification is not needed. */
  | "overdue"
  | "notified_in_time"
  | "notified_late"
  /** Art. 33 lid 1: unlikely to result in a risk; recorded with the reason, not notified. */
  | "not_required";

export function notificationDeadline(awareAt: Date): Date {
  assertValid(awareAt, "awareAt");
  return new Date(awareAt.getTime() + NOTIFICATION_WINDOW_MS);
}

/** Whether a notification at `notifiedAt` needs the reasons for the delay (art. 33 lid 1). */
export function isLate(awareAt: Date, notifiedAt: Date): boolean {
  assertValid(notifiedAt, "notifiedAt");
  return notifiedAt.getTime() > notificationDeadline(awareAt).getTime();
}

export type BreachClockInput = {
  awareAt: Date;
  risk: BreachRisk;
  /** The first (initial) notification to the authority, if any. */
  firstNotifiedAt: Date | null;
  now: Date;
};

export type BreachClock = { state: BreachClockState; deadline: Date; remainingMs: number };

export function breachClock({ awareAt, risk, firstNotifiedAt, now }: BreachClockInput): BreachClock {
  const deadline = notificationDeadline(awareAt);
  const remainingMs = deadline.getTime() - now.getTime();
  if (firstNotifiedAt) {
    return { state: isLate(awareAt, firstNotifiedAt) ? "notified_late" : "notified_in_time", deadline, remainingMs };
  }
  if (risk === "unlikely") return { state: "not_required", deadline, remainingMs };
  if (remainingMs < 0) return { state: "overdue", deadline, remainingMs };
  return { state: remainingMs <= URGENT_WINDOW_MS ? "urgent" : "running", deadline, remainingMs };
}

/** States in which the clock still demands action from the privacy officer. */
export const OPEN_CLOCK_STATES: readonly BreachClockState[] = ["running", "urgent", "overdue"];

/** Art. 34 lid 1: the people themselves are told only where the risk to them is high. */
export function mustInformSubjects(risk: BreachRisk): boolean {
  return risk === "high_risk";
}

/** Whole hours and minutes left (negative when overdue), for a label such as "31 h 12 min". */
export function splitRemaining(remainingMs: number): { hours: number; minutes: number; overdue: boolean } {
  const abs = Math.abs(remainingMs);
  return {
    hours: Math.floor(abs / 3_600_000),
    minutes: Math.floor((abs % 3_600_000) / 60_000),
    overdue: remainingMs < 0,
  };
}

function assertValid(d: Date, name: string) {
  if (!(d instanceof Date) || Number.isNaN(d.getTime()))
    throw new RangeError(`breach clock: ${name} is not a valid date`);
}
