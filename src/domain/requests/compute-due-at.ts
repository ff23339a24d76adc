import { addCalendarMonths, fromWallTime, toWallTime } from "./zoned-time";

export const DEFAULT_REQUEST_TIME_ZONE = "Europe/Amsterdam";
export type ExtensionMonths = 0 | 1 | 2;

/**
 * When a data-subject request must be answered: "within one month of receipt", extendable "by two
 * further months" (AVG art. 12 lid 3).
 *
 * Counted as the EDPB does (Guidelines 01/2022 on the right of access, following Regulation
 * 1182/71): the period runs from the calendar day of receipt in the controller's time zone to the
 * same day one month later, or the last day of that month if it has no such day (31 Jan -> 28 or
 * 29 Feb), and ends at the end of that day: 23:59:59.999 local time, returned as an instant.
 *
 * An extension lengthens the same period, so the date is counted from receipt: 1 + 2 months from
 * 31 January is 30 April (not 28 February + 2 months = 28 April).
 *
 * Not applied: Regulation 1182/71's move of a deadline falling on a weekend or public holiday to
 * the next working day. Answering a day or two early is always lawful; the product would rather
 * show the stricter date than depend on a holiday calendar.
 */
export function computeDueAt(
  receivedAt: Date,
  extensionMonths: ExtensionMonths = 0,
  tz: string = DEFAULT_REQUEST_TIME_ZONE,
): Date {
  if (!(receivedAt instanceof Date) || Number.isNaN(receivedAt.getTime())) {
    throw new RangeError("computeDueAt: receivedAt is not a valid date");
  }
  if (![0, 1, 2].includes(extensionMonths)) {
    throw new RangeError("computeDueAt: the period can be extended by at most two months (AVG art. 12 lid 3)");
  }
  const received = toWallTime(receivedAt, tz);
  const dueDay = addCalendarMonths(received, 1 + extensionMonths);
  return fromWallTime({ ...dueDay, hour: 23, minute: 59, second: 59, millisecond: 999 }, tz);
}
