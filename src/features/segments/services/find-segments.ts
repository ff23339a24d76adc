import type { Db } from "@/server/db";
import { countAudience } from "@/features/outreach";
import { AppError } from "@/server/errors";
import { readSegmentFilter, type TSegmentFilter } from "../schemas";

export type SegmentSummary = { id: string; name: string; description: string | null; updatedAt: Date; count: number };

/**
 * Every segment with its live count (contacts the filter selects now, before any rule). Segments
 * are few and each count is one indexed query, so they are counted on every visit: a stored count
 * would be wrong the moment a contact changed.
 */
export async function findSegments(db: Db, sort: "name" | "updated" = "name"): Promise<SegmentSummary[]> {
  const rows = await db.segment.findMany({
    orderBy: sort === "updated" ? [{ updatedAt: "desc" }, { id: "asc" }] : [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, description: true, updatedAt: true, filter: true },
    take: 500,
  });
  const out: SegmentSummary[] = [];
  // One after the other: on a shared two-core server parallel counts only queue up.
  for (const r of rows) {
    out.push({
      ...r,
      filter: undefined,
      count: await countAudience(db, readSegmentFilter(r.filter)),
    } as SegmentSummary);
  }
  return out;
}

export type SegmentDetail = {
  id: string;
  name: string;
  description: string | null;
  filter: TSegmentFilter;
  updatedAt: Date;
};

export async function getSegment(db: Pick<Db, "segment">, id: string): Promise<SegmentDetail> {
  const s = await db.segment.findUnique({
    where: { id },
    select: { id: true, name: true, description: true, filter: true, updatedAt: true },
  });
  if (!s) throw new AppError("NOT_FOUND", "This segment does not exist.", { key: "segments.errors.notFound" });
  return { ...s, filter: readSegmentFilter(s.filter) };
}

/** Names and filters for the campaign form's "use a saved segment" choice. */
export async function segmentChoices(db: Db): Promise<{ id: string; name: string; filter: TSegmentFilter }[]> {
  const rows = await db.segment.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, filter: true } });
  return rows.map((r) => ({ ...r, filter: readSegmentFilter(r.filter) }));
}
