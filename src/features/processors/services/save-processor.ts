import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { ZSaveProcessorInput, type TSaveProcessorInput } from "../schemas";

/** Creates or updates a processor with its agreement (AVG art. 28 lid 3) and the purposes it serves. */
export async function saveProcessor(db: Db, ctx: AuditContext, raw: TSaveProcessorInput) {
  const input = parseInput(ZSaveProcessorInput, raw);
  return db.$transaction(async (tx) => {
    const purposeIds = [...new Set(input.purposeIds)];
    if (purposeIds.length && (await tx.purpose.count({ where: { id: { in: purposeIds } } })) !== purposeIds.length) {
      throw new AppError("NOT_FOUND", "A purpose does not exist.", { key: "processors.errors.purposeNotFound" });
    }
    const data = {
      name: input.name,
      description: input.description,
      contactEmail: input.contactEmail ?? null,
      agreementSignedAt: input.agreementSignedAt ?? null,
      agreementReference: input.agreementReference ?? null,
      agreementReviewAt: input.agreementReviewAt ?? null,
      location: input.location,
      transferMechanism: input.transferMechanism ?? null,
      receivesContactData: input.receivesContactData,
      purposeIds,
    };
    if (input.id && !(await tx.processor.count({ where: { id: input.id } }))) {
      throw new AppError("NOT_FOUND", "This processor does not exist.", { key: "processors.errors.notFound" });
    }
    const processor = input.id
      ? await tx.processor.update({ where: { id: input.id }, data, select: { id: true } })
      : await tx.processor.create({ data, select: { id: true } });
    await writeAuditEvent(tx, ctx, {
      action: input.id ? "processor.updated" : "processor.created",
      target: { type: "processor", id: processor.id },
      metadata: {
        agreement: Boolean(input.agreementSignedAt),
        reviewAt: input.agreementReviewAt?.toISOString() ?? null,
        location: input.location,
        purposes: purposeIds,
      },
    });
    return processor;
  });
}
