import type { Db } from "@/server/db";
import { requestReference } from "@/domain/requests";

/**
 * Requests whose reference ("R-3F9A-C21B", the last eight hex digits of the id) starts with what
 * was typed, with or without the "R-" and the dashes, in any case. The request table is small
 * (hundreds a year), so matching the tail of the id as text is cheap without an index.
 */
export async function findRequestsByReference(db: Db, typed: string, limit = 5) {
  const hex = referenceHex(typed);
  if (hex === null) return [];
  const rows = await db.$queryRaw<{ id: string; type: string; status: string; dueAt: Date }[]>`
    SELECT id, type::text AS type, status::text AS status, "dueAt" FROM "DataSubjectRequest"
    WHERE right(id::text, 8) LIKE ${`${hex}%`}
    ORDER BY "receivedAt" DESC, id DESC LIMIT ${limit}`;
  return rows.map((r) => ({ ...r, reference: requestReference(r.id) }));
}

/** The hex digits of a typed reference: at least four, at most eight; null for anything else. */
export function referenceHex(typed: string): string | null {
  const compact = typed.trim().toLowerCase().replace(/^r-?/, "").replace(/-/g, "");
  return /^[0-9a-f]{4,8}$/.test(compact) ? compact : null;
}
