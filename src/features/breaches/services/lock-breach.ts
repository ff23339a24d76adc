import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";

/** Reads a breach FOR UPDATE, so two people recording a notification at once are serialised. */
export async function lockBreach(tx: Tx, breachId: string) {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT "id" FROM "Breach" WHERE "id" = ${breachId}::uuid FOR UPDATE`;
  if (rows.length === 0) {
    throw new AppError("NOT_FOUND", "This breach does not exist.", { key: "breaches.errors.notFound" });
  }
  return tx.breach.findUniqueOrThrow({
    where: { id: breachId },
    include: { notifications: { orderBy: { sentAt: "asc" }, select: { id: true, phase: true, sentAt: true } } },
  });
}
