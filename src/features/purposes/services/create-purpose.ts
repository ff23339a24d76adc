import { actorUserId } from "@/server/audit/actor";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { ZCreatePurposeInput, type TCreatePurposeInput } from "../schemas";
import { parseInput } from "@/server/validation/parse-input";

/** A new purpose starts with notice version 1; both land in one transaction with their audit entry. */
export async function createPurpose(db: Db, ctx: AuditContext, raw: TCreatePurposeInput) {
  const input = parseInput(ZCreatePurposeInput, raw);
  return db.$transaction(async (tx) => {
    const exists = await tx.purpose.findUnique({ where: { key: input.key }, select: { id: true } });
    if (exists) {
      const message = `A purpose with the key "${input.key}" already exists.`;
      throw new AppError("CONFLICT", message, {
        key: "purposes.errors.keyTaken",
        fields: [{ field: "key", message, key: "purposes.errors.keyTaken" }],
      });
    }
    const purpose = await tx.purpose.create({
      data: {
        key: input.key,
        nameNl: input.nameNl,
        nameEn: input.nameEn,
        directMarketing: input.directMarketing,
        channels: [...new Set(input.channels)],
        dpvPurpose: input.dpvPurpose,
        similarProductsOnly: input.similarProductsOnly,
        currentVersion: 1,
        notices: { create: { version: 1, textNl: input.textNl, textEn: input.textEn, createdById: actorUserId(ctx) } },
      },
    });
    await writeAuditEvent(tx, ctx, {
      action: "purpose.created",
      target: { type: "purpose", id: purpose.id },
      metadata: {
        key: purpose.key,
        channels: purpose.channels,
        directMarketing: purpose.directMarketing,
        noticeVersion: 1,
      },
    });
    return purpose;
  });
}
