import { DEFAULT_REQUEST_TIME_ZONE, fromWallTime } from "@/domain/requests";

/** "2026-05-01" -> the end of that day in Amsterdam (the register as it stood that day); else now. */
export function parseAsOf(value: string | null | undefined, now = new Date()): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? "");
  if (!m) return now;
  const at = fromWallTime(
    { year: +m[1], month: +m[2], day: +m[3], hour: 23, minute: 59, second: 59, millisecond: 999 },
    DEFAULT_REQUEST_TIME_ZONE,
  );
  return Number.isNaN(at.getTime()) || at > now ? now : at;
}
