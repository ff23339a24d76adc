/**
 * Calendar arithmetic shared by the rules: consent lifetimes, the customer-relationship window,
 * retention periods and pauses all count in days or calendar months from a moment.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

/** The controller's calendar: dates people read (letters, reports, receipts) are Amsterdam dates. */
export const CONTROLLER_TIME_ZONE = "Europe/Amsterdam";

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY_MS);
}

/**
 * The same moment `months` calendar months later (UTC), clamped to the last day of a shorter month:
 * 31 January plus one month is 28 or 29 February, so a period never runs longer than it says.
 */
export function addMonths(d: Date, months: number): Date {
  const out = new Date(d.getTime());
  const day = out.getUTCDate();
  out.setUTCDate(1);
  out.setUTCMonth(out.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(out.getUTCFullYear(), out.getUTCMonth() + 1, 0)).getUTCDate();
  out.setUTCDate(Math.min(day, lastDay));
  return out;
}

/** A date as people read it in a letter, report or receipt ("30 november 2026"), optionally with the time. */
export function formatLongDate(date: Date, language: "nl" | "en", withTime = false): string {
  return new Intl.DateTimeFormat(language === "nl" ? "nl-NL" : "en-GB", {
    timeZone: CONTROLLER_TIME_ZONE,
    dateStyle: "long",
    ...(withTime ? { timeStyle: "short" } : {}),
  }).format(date);
}
