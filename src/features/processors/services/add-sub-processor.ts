import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { ZAddSubProcessorInput, type TAddSubProcessorInput } from "../schemas";

/** Records a sub-processor and the written authorisation for it (AVG art. 28 lid 2). */
export async function addSubProcessor(db: Db, ctx: AuditContext, raw: TAddSubProcessorInput) {
  const input = parseInput(ZAddSubProcessorInput, raw);
  return db.$transaction(async (tx) => {
    if (!(await tx.processor.count({ where: { id: input.processorId } }))) {
      throw new AppError("NOT_FOUND", "This processor does not exist.", { key: "processors.errors.notFound" });
    }
    const sub = await tx.subProcessor.create({
      data: {
        processorId: input.processorId,
        name: input.name,
        service: input.service,
        location: input.location,
        transferMechanism: input.transferMechanism ?? null,
        authorisedAt: input.authorisedAt ?? null,
        authorisationReference: input.authorisationReference ?? null,
      },
      select: { id: true },
    });
    await writeAuditEvent(tx, ctx, {
      action: "processor.sub_processor_added",
      target: { type: "processor", id: input.processorId },
      metadata: { subProcessorId: sub.id, authorised: Boolean(input.authorisedAt), location: input.location },
    });
    return sub;
  });
}
