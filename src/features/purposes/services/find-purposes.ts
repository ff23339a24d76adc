import type { Db } from "@/server/db";

/** Purposes with their current notice text, for the catalogue and the opt-in screen. */
export async function findPurposes(db: Db, opts: { activeOnly?: boolean } = {}) {
  const purposes = await db.purpose.findMany({
    where: opts.activeOnly ? { active: true } : undefined,
    orderBy: [{ active: "desc" }, { key: "asc" }],
    include: { notices: { orderBy: { version: "desc" }, take: 1 } },
  });
  return purposes.map(({ notices, ...p }) => ({ ...p, currentNotice: notices[0] ?? null }));
}

/** One purpose with its whole notice history, newest first, and who wrote each version. */
export async function getPurpose(db: Db, purposeId: string) {
  const purpose = await db.purpose.findUnique({
    where: { id: purposeId },
    include: { notices: { orderBy: { version: "desc" } }, _count: { select: { consents: true } } },
  });
  if (!purpose) return null;
  const authorIds = [...new Set(purpose.notices.map((n) => n.createdById).filter((id): id is string => !!id))];
  const authors = await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } });
  const nameOf = new Map(authors.map((a) => [a.id, a.name]));
  return {
    ...purpose,
    notices: purpose.notices.map((n) => ({
      ...n,
      createdByName: n.createdById ? (nameOf.get(n.createdById) ?? null) : null,
    })),
  };
}
