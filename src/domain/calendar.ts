/**
 * Calendar arithmetic shared by the rules: consent lifetimes, the customer-relationship window,
 * retention periods and pauses all count in days or calendar months from a moment.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

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
