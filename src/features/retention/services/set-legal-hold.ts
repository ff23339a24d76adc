import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { ZSetLegalHoldInput, type TSetLegalHoldInput } from "../schemas";

/**
 * Puts a contact on legal hold (e.g. during a dispute, to keep the evidence: AVG art. 17 lid 3
 * sub e) or lifts it. While held, no automatic or proposed retention erasure touches the contact.
 * The reason stays in the contact row, not in the audit (it may name the person).
 */
export async function setLegalHold(db: Db, ctx: AuditContext, raw: TSetLegalHoldInput, now = new Date()) {
  const input = parseInput(ZSetLegalHoldInput, raw);
  return db.$transaction(async (tx) => {
    const found = await tx.contact.count({ where: { id: input.contactId } });
    if (!found)
      throw new AppError("NOT_FOUND", "This contact does not exist.", { key: "retention.errors.contactNotFound" });
    await tx.contact.update({
      where: { id: input.contactId },
      data: input.hold
        ? { legalHold: true, legalHoldReason: input.reason, legalHoldSetAt: now }
        : { legalHold: false, legalHoldReason: null, legalHoldSetAt: null },
    });
    await writeAuditEvent(tx, ctx, {
      action: input.hold ? "contact.legal_hold_set" : "contact.legal_hold_lifted",
      target: { type: "contact", id: input.contactId },
    });
    return { hold: input.hold };
  });
}
