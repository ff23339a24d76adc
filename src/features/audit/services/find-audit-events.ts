import type { Db } from "@/server/db";

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = { action?: string; targetId?: string; before?: bigint };

/** Newest first, keyset-paginated on the sequence number (stays fast on a trail of millions). */
export async function findAuditEvents(db: Db, filter: AuditFilter) {
  const rows = await db.auditEvent.findMany({
    where: {
      ...(filter.action ? { action: { startsWith: filter.action } } : {}),
      ...(filter.targetId ? { targetId: filter.targetId } : {}),
      ...(filter.before ? { seq: { lt: filter.before } } : {}),
    },
    orderBy: { seq: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  // Staff names are looked up for display only; the trail itself stores ids.
  const userIds = [...new Set(page.filter((e) => e.actorType === "user" && e.actorId).map((e) => e.actorId as string))];
  const users = userIds.length
    ? await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  return {
    events: page.map((e) => ({
      ...e,
      seq: e.seq.toString(),
      actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
    })),
    nextBefore: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1].seq.toString() : null,
  };
}
