import { z } from "zod";

/**
 * Zod building blocks for the fields every feature's input schemas share. Messages are keys
 * ("validation.required") that the UI translates (messages/{nl,en}/validation.json).
 */

/** A text the caller must give: trimmed, not empty, at most `max` characters. */
export const requiredText = (max: number) =>
  z.string().trim().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" });

/** A text the caller may leave out: trimmed; absent, null and "" all become null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "validation.tooLong" })
    .nullish()
    .transform((v) => (v ? v : null));

// Moments the product records (consents, relationships, requests) lie in these years; a value far
// outside them is a typing or encoding mistake, and the database's own limits are narrower than
// JavaScript's.
const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(10000, 0, 1);

/** A moment: an ISO string or a Date; an unparseable value is a field error, not an Invalid Date. */
export const ZDate = z.coerce
  .date({ error: "validation.date" })
  .refine((d) => !Number.isNaN(d.getTime()), { error: "validation.date" })
  // An Invalid Date was reported above; the range check is about real dates only.
  .refine((d) => Number.isNaN(d.getTime()) || (d.getTime() >= EARLIEST && d.getTime() < LATEST), {
    error: "validation.dateRange",
  });
