import type { Db } from "@/server/db";

/** Keys for the admin list and the CLI: never the hash (omitted by the client by default). */
export async function findApiKeys(db: Db) {
  const keys = await db.apiKey.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
  });
  const creatorIds = [...new Set(keys.map((k) => k.createdById).filter((id): id is string => !!id))];
  const creators = await db.user.findMany({ where: { id: { in: creatorIds } }, select: { id: true, name: true } });
  const nameOf = new Map(creators.map((u) => [u.id, u.name]));
  return keys.map((k) => ({ ...k, createdByName: k.createdById ? (nameOf.get(k.createdById) ?? null) : null }));
}
export type ApiKeyListRow = Awaited<ReturnType<typeof findApiKeys>>[number];
