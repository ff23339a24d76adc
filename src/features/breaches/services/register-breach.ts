import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { actorUserId } from "@/server/audit/actor";
import { ZRegisterBreachInput, type TRegisterBreachInput } from "../schemas";

/**
 * Registers a personal data breach (AVG art. 33 lid 5: every breach is documented, notified or
 * not). The 72-hour clock runs from `awareAt`; for a breach a processor reported, that is when the
 * processor told us (art. 33 lid 2), so the form asks for exactly that moment.
 */
export async function registerBreach(db: Db, ctx: AuditContext, raw: TRegisterBreachInput) {
  const input = parseInput(ZRegisterBreachInput, raw);
  return db.$transaction(async (tx) => {
    if (input.reportedByProcessorId) {
      const processor = await tx.processor.count({ where: { id: input.reportedByProcessorId } });
      if (!processor) {
        throw new AppError("NOT_FOUND", "This processor does not exist.", {
          key: "breaches.errors.processorNotFound",
          fields: [{ field: "reportedByProcessorId", message: "breaches.errors.processorNotFound" }],
        });
      }
    }
    const breach = await tx.breach.create({
      data: {
        title: input.title,
        occurredAt: input.occurredAt ?? null,
        awareAt: input.awareAt,
        reportedByProcessorId: input.reportedByProcessorId ?? null,
        description: input.description,
        dataCategories: input.dataCategories,
        subjectCategories: input.subjectCategories,
        approxSubjects: input.approxSubjects ?? null,
        approxRecords: input.approxRecords ?? null,
        consequences: input.consequences,
        measures: input.measures,
        risk: input.risk,
        notNotifiedReason: input.notNotifiedReason ?? null,
        createdById: actorUserId(ctx),
      },
      select: { id: true, awareAt: true, risk: true },
    });
    await writeAuditEvent(tx, ctx, {
      action: "breach.registered",
      target: { type: "breach", id: breach.id },
      metadata: { risk: input.risk, processorReported: Boolean(input.reportedByProcessorId) },
    });
    return breach;
  });
}
