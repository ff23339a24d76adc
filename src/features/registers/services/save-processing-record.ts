import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { actorUserId } from "@/server/audit/actor";
import { ZSaveProcessingRecordInput, type TSaveProcessingRecordInput } from "../schemas";

/**
 * Saves the hand-written part of a register entry as a NEW version (never an update), so the
 * register keeps who changed what and when (AVG art. 5 lid 2, accountability).
 */
export async function saveProcessingRecord(db: Db, ctx: AuditContext, raw: TSaveProcessingRecordInput) {
  const input = parseInput(ZSaveProcessingRecordInput, raw);
  return db.$transaction(async (tx) => {
    const purpose = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Purpose" WHERE "id" = ${input.purposeId}::uuid FOR UPDATE`;
    if (purpose.length === 0) {
      throw new AppError("NOT_FOUND", "This purpose does not exist.", { key: "registers.errors.purposeNotFound" });
    }
    const last = await tx.processingRecordVersion.findFirst({
      where: { purposeId: input.purposeId },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    const version = (last?.version ?? 0) + 1;
    const row = await tx.processingRecordVersion.create({
      data: {
        purposeId: input.purposeId,
        version,
        description: input.description,
        dpiaReference: input.dpiaReference ?? null,
        dpiaDate: input.dpiaDate ?? null,
        liaText: input.liaText ?? null,
        createdById: actorUserId(ctx),
      },
      select: { id: true, version: true },
    });
    await writeAuditEvent(tx, ctx, {
      action: "register.entry_saved",
      target: { type: "purpose", id: input.purposeId },
      metadata: { version, dpia: Boolean(input.dpiaReference), lia: Boolean(input.liaText) },
    });
    return row;
  });
}
