import { DEFAULT_REQUEST_TIME_ZONE, toWallTime } from "@/domain/requests";

/** An instant as "yyyy-MM-ddTHH:mm" on the Amsterdam clock: the value a datetime-local input shows. */
export function toDateTimeLocal(at: Date): string {
  const w = toWallTime(at, DEFAULT_REQUEST_TIME_ZONE);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${w.year}-${p(w.month)}-${p(w.day)}T${p(w.hour)}:${p(w.minute)}`;
}
