import type { Db } from "@/server/db";

/** The return path of campaign mail (the settings' envelope sender), or null while none is set. */
export async function readReturnPath(db: Db): Promise<string | null> {
  const s = await db.organisationSettings.findUnique({ where: { id: 1 }, select: { returnPathAddress: true } });
  return s?.returnPathAddress || null;
}
