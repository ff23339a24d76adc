/**
 * Wall-clock arithmetic in a named time zone with nothing but Intl (no date library).
 * Legal deadlines run on the calendar of the place the controller answers from (Europe/Amsterdam),
 * not on UTC: a request received at 23:30 UTC on 31 January arrived on 1 February in Amsterdam.
 */

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

export interface WallTime extends CalendarDate {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-US with hourCycle h23: numeric parts, and midnight is 00 rather than 24.
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time an instant shows in `timeZone`. Throws RangeError for an unknown zone. */
export function toWallTime(at: Date, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const ms = ((at.getTime() % 1000) + 1000) % 1000;
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
    millisecond: ms,
  };
}

/** UTC offset (ms) of `timeZone` at the instant `epochMs`: local wall time minus UTC. */
function offsetAt(epochMs: number, timeZone: string): number {
  const w = toWallTime(new Date(epochMs), timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return asUtc - epochMs;
}

const sameWallTime = (a: WallTime, b: WallTime) =>
  a.year === b.year &&
  a.month === b.month &&
  a.day === b.day &&
  a.hour === b.hour &&
  a.minute === b.minute &&
  a.second === b.second &&
  a.millisecond === b.millisecond;

/**
 * The instant at which the clock in `timeZone` shows `wall`. Offsets are looked up around the
 * target rather than assumed, so DST transitions come out right. If the wall time occurs twice
 * (clocks going back) the later instant is returned: for "end of the day" that is the generous
 * and correct reading. If it does not occur (clocks going forward) it is read with the offset
 * from before the jump, i.e. moved forward by the length of the gap (02:30 -> 03:30), as
 * JavaScript's Date and Temporal's "compatible" disambiguation do.
 */
export function fromWallTime(wall: WallTime, timeZone: string): Date {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
  const day = 24 * 60 * 60 * 1000;
  const offsets = new Set([
    offsetAt(naive - day, timeZone),
    offsetAt(naive, timeZone),
    offsetAt(naive + day, timeZone),
  ]);
  const candidates = [...offsets]
    .map((offset) => naive - offset)
    .filter((epochMs) => sameWallTime(toWallTime(new Date(epochMs), timeZone), wall));
  if (candidates.length > 0) return new Date(Math.max(...candidates));
  return new Date(naive - offsetAt(naive - day, timeZone));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same day `months` calendar months later. When that month has no such day (31 January
 * plus one month), the period ends on the last day of that month: the rule of Regulation
 * (EEC, Euratom) No 1182/71 art. 3 lid 2 sub c, which the EDPB applies to AVG deadlines.
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}
