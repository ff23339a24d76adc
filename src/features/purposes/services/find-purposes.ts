import type { Db, Tx } from "@/server/db";
import { AppError } from "@/server/errors";

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

/** The purpose a consent names by key, with the notice versions that exist for it. */
export async function resolvePurposeByKey(tx: Tx | Db, key: string) {
  const purpose = await tx.purpose.findUnique({
    where: { key },
    include: { notices: { select: { id: true, version: true, createdAt: true }, orderBy: { version: "asc" } } },
  });
  if (!purpose) {
    const message = `There is no purpose with the key "${key}".`;
    throw new AppError("INVALID_INPUT", message, {
      key: "consents.errors.unknownPurpose",
      fields: [{ field: "purpose", message, key: "consents.errors.unknownPurpose" }],
    });
  }
  return purpose;
}
