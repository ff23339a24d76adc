import type { Db } from "@/server/db";
import { BLOCKING_WARNINGS, processorWarnings } from "@/domain/processors";

/** Every processor with its sub-processors and warnings, for the register page. */
export async function findProcessors(db: Db, now = new Date()) {
  const rows = await db.processor.findMany({
    orderBy: { name: "asc" },
    include: { subProcessors: { orderBy: { name: "asc" } } },
  });
  return rows.map((p) => ({
    ...p,
    warnings: processorWarnings(p, now),
    subProcessors: p.subProcessors.map((s) => ({
      ...s,
      warnings: processorWarnings({ ...s, agreementSignedAt: s.authorisedAt, agreementReviewAt: null }, now),
    })),
  }));
}
export type ProcessorRow = Awaited<ReturnType<typeof findProcessors>>[number];

/**
 * Processors needing attention, for the dashboard, set-based: no agreement or a review date
 * passed. (Transfers without a mechanism are shown on the list; the country test is in code.)
 */
export async function countProcessorsNeedingReview(db: Db, now = new Date()) {
  return db.processor.count({
    where: { OR: [{ agreementSignedAt: null }, { agreementReviewAt: { lte: now } }] },
  });
}
export { BLOCKING_WARNINGS };
