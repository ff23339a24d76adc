import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { ZAssessBreachInput, type TAssessBreachInput } from "../schemas";
import { lockBreach } from "./lock-breach";

/**
 * Records (or revises) the risk assessment. "Unlikely to result in a risk" needs the reasoning:
 * the breach is then not notified but stays in the register with that reason (art. 33 lid 1, 5).
 */
export async function assessBreach(db: Db, ctx: AuditContext, raw: TAssessBreachInput) {
  const input = parseInput(ZAssessBreachInput, raw);
  if (input.risk === "unlikely" && !input.notNotifiedReason) {
    throw new AppError("INVALID_INPUT", "Give the reason why notification is not needed.", {
      fields: [
        {
          field: "notNotifiedReason",
          message: "breaches.errors.reasonRequired",
          key: "breaches.errors.reasonRequired",
        },
      ],
    });
  }
  return db.$transaction(async (tx) => {
    const before = await lockBreach(tx, input.breachId);
    const breach = await tx.breach.update({
      where: { id: input.breachId },
      data: { risk: input.risk, notNotifiedReason: input.risk === "unlikely" ? input.notNotifiedReason : null },
      select: { id: true, risk: true },
    });
    await writeAuditEvent(tx, ctx, {
      action: "breach.assessed",
      target: { type: "breach", id: breach.id },
      metadata: { from: before.risk, to: input.risk },
    });
    return breach;
  });
}
