import type { PurposeFacts } from "@/domain/outreach";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";

export type LoadedPurpose = PurposeFacts & { id: string; nameNl: string; nameEn: string; active: boolean };

const select = {
  id: true,
  key: true,
  nameNl: true,
  nameEn: true,
  directMarketing: true,
  channels: true,
  similarProductsOnly: true,
  firstCallMonths: true,
  active: true,
} as const;

export async function getPurposeByKey(db: Pick<Db, "purpose">, key: string): Promise<LoadedPurpose> {
  const p = await db.purpose.findUnique({ where: { key }, select });
  if (!p)
    throw new AppError("NOT_FOUND", `Purpose "${key}" does not exist.`, { key: "outreach.errors.purposeNotFound" });
  return p;
}

export async function getPurposeById(db: Pick<Db, "purpose">, id: string): Promise<LoadedPurpose> {
  const p = await db.purpose.findUnique({ where: { id }, select });
  if (!p) throw new AppError("NOT_FOUND", "This purpose does not exist.", { key: "outreach.errors.purposeNotFound" });
  return p;
}

export function findActivePurposes(db: Pick<Db, "purpose">): Promise<LoadedPurpose[]> {
  return db.purpose.findMany({ where: { active: true }, select, orderBy: { key: "asc" } });
}
