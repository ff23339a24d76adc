/**
 * The contact page's time-travel question from its URL: `?at=2026-06-15T10:00` (a wall-clock time
 * in Europe/Amsterdam, as a datetime-local field sends it) and `&asRecorded=1` (count only what had
 * been recorded by then). Anything unreadable means "now": the panel never guesses a moment.
 */
import { fromWallTime, toWallTime } from "@/domain/requests/zoned-time";

const ZONE = "Europe/Amsterdam";
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export type TimeTravel = { at: Date | null; asRecorded: boolean };

export function readTimeTravel(params: Record<string, string | string[] | undefined>): TimeTravel {
  const raw = typeof params.at === "string" ? params.at : "";
  const m = LOCAL.exec(raw);
  const at = m
    ? fromWallTime(
        { year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5], second: 0, millisecond: 0 },
        ZONE,
      )
    : null;
  const valid = at !== null && !Number.isNaN(at.getTime());
  return { at: valid ? at : null, asRecorded: valid && params.asRecorded === "1" };
}

/** The value for a datetime-local field showing `at` in Amsterdam. */
export function toLocalInput(at: Date): string {
  const w = toWallTime(at, ZONE);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${w.year}-${p(w.month)}-${p(w.day)}T${p(w.hour)}:${p(w.minute)}`;
}
