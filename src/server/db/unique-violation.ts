/**
 * Whether a Prisma error is a unique violation, optionally of one named index. The driver adapters
 * describe the index differently (PGlite by its columns, the pg adapter by its name), but both pass
 * on PostgreSQL's own message, which names it.
 */
export function isUniqueViolation(error: unknown, index?: string): boolean {
  const e = error as {
    code?: string;
    meta?: { driverAdapterError?: { cause?: { originalMessage?: string } } };
  } | null;
  if (e?.code !== "P2002") return false;
  if (!index) return true;
  return e.meta?.driverAdapterError?.cause?.originalMessage?.includes(`"${index}"`) ?? false;
}
