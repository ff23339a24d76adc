import { actorUserId } from "@/server/audit/actor";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import {
  ZUpdatePurposeInput,
  ZUpdatePurposeNoticeInput,
  type TUpdatePurposeInput,
  type TUpdatePurposeNoticeInput,
} from "../schemas";
import { parseInput } from "@/server/validation/parse-input";

/**
 * Appends notice version n+1 and makes it current. Earlier versions stay untouched: every consent
 * points at the version that was shown to the person (AVG art. 7 lid 1, art. 13).
 */
export async function updatePurposeNotice(db: Db, ctx: AuditContext, raw: TUpdatePurposeNoticeInput) {
  const input = parseInput(ZUpdatePurposeNoticeInput, raw);
  return db.$transaction(async (tx) => {
    // Row lock: two officers saving at once get versions n+1 and n+2, not a unique-key error.
    await tx.$executeRaw`SELECT 1 FROM "Purpose" WHERE id = ${input.purposeId}::uuid FOR UPDATE`;
    const purpose = await tx.purpose.findUnique({ where: { id: input.purposeId } });
    if (!purpose) throw new AppError("NOT_FOUND", "This purpose does not exist.");
    const current = await tx.purposeNotice.findUnique({
      where: { purposeId_version: { purposeId: purpose.id, version: purpose.currentVersion } },
    });
    if (current && current.textNl === input.textNl && current.textEn === input.textEn) {
      return { purpose, notice: current, created: false };
    }
    const version = purpose.currentVersion + 1;
    const notice = await tx.purposeNotice.create({
      data: {
        purposeId: purpose.id,
        version,
        textNl: input.textNl,
        textEn: input.textEn,
        createdById: actorUserId(ctx),
      },
    });
    const updated = await tx.purpose.update({ where: { id: purpose.id }, data: { currentVersion: version } });
    await writeAuditEvent(tx, ctx, {
      action: "purpose.notice_versioned",
      target: { type: "purpose", id: purpose.id },
      metadata: { fromVersion: purpose.currentVersion, toVersion: version, noticeId: notice.id },
    });
    return { purpose: updated, notice, created: true };
  });
}

/** Names, DPV term, the active flag and the first-call period its consent text states. Inactive purposes are no longer offered for new consent. */
export async function updatePurpose(db: Db, ctx: AuditContext, raw: TUpdatePurposeInput) {
  const { purposeId, ...changes } = parseInput(ZUpdatePurposeInput, raw);
  return db.$transaction(async (tx) => {
    const purpose = await tx.purpose.findUnique({ where: { id: purposeId } });
    if (!purpose) throw new AppError("NOT_FOUND", "This purpose does not exist.");
    const changed = Object.entries(changes).filter(
      ([k, v]) => v !== undefined && purpose[k as keyof typeof changes] !== v,
    );
    if (changed.length === 0) return purpose;
    const updated = await tx.purpose.update({ where: { id: purposeId }, data: Object.fromEntries(changed) });
    // The first-call period decides from when calls on this purpose's consents are denied: keep
    // both values, as the settings page does for the organisation's windows.
    const period =
      changes.firstCallMonths !== undefined && purpose.firstCallMonths !== changes.firstCallMonths
        ? { firstCallMonths: { from: purpose.firstCallMonths, to: changes.firstCallMonths } }
        : {};
    await writeAuditEvent(tx, ctx, {
      action: "purpose.updated",
      target: { type: "purpose", id: purposeId },
      metadata: { fields: changed.map(([k]) => k), active: updated.active, ...period },
    });
    return updated;
  });
}
