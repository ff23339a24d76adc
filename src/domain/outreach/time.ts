/**
 * Date helpers. The engine has no clock of its own: callers pass `at`, so a decision can be
 * replayed for any past moment (accountability, AVG art. 5 lid 2).
 */

// Dates in explanations are the Dutch calendar date, so an opt-in at 00:30 in Amsterdam is not
// reported as the previous day (which is what UTC would say).
const AMSTERDAM_DATE = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

// Amsterdam's offset from UTC is a whole number of hours, so the calendar date is the same for every
// instant within one UTC hour: memoise per hour. Deciding a 100,000-contact audience formats the
// same few dates over and over, and Intl formatting was ~10% of that time.
const HOUR_MS = 60 * 60 * 1000;
const dateByHour = new Map<number, string>();

/** yyyy-mm-dd as the calendar date in Europe/Amsterdam. */
export function isoDateAmsterdam(d: Date): string {
  const hour = Math.floor(d.getTime() / HOUR_MS);
  const hit = dateByHour.get(hour);
  if (hit !== undefined) return hit;
  const parts = AMSTERDAM_DATE.formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const iso = `${get("year")}-${get("month")}-${get("day")}`;
  if (dateByHour.size > 50_000) dateByHour.clear();
  dateByHour.set(hour, iso);
  return iso;
}

export { addDays, addMonths } from "../calendar";

/** A fact that starts at `start` and ends at `end` (exclusive) was in force at `at`. */
export function inForceAt(start: Date, end: Date | null | undefined, at: Date): boolean {
  return start.getTime() <= at.getTime() && (end == null || end.getTime() > at.getTime());
}

export function notAfter(d: Date, at: Date): boolean {
  return d.getTime() <= at.getTime();
}
