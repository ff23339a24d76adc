import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { parseInput } from "@/server/validation/parse-input";
import { ZUpdateRetentionSettingsInput, type TUpdateRetentionSettingsInput } from "../schemas";

/** Retention periods and switches; audited with old and new values (they decide who is erased). */
export async function updateRetentionSettings(db: Db, ctx: AuditContext, raw: TUpdateRetentionSettingsInput) {
  const input = parseInput(ZUpdateRetentionSettingsInput, raw);
  return db.$transaction(async (tx) => {
    const select = {
      retentionMonthsWithoutBasis: true,
      retentionAutoErase: true,
      eraseWhenConsentOnlyWithdrawn: true,
      withdrawalGraceDays: true,
    } as const;
    const before = await tx.organisationSettings.findUniqueOrThrow({ where: { id: 1 }, select });
    const { purposeMonths, ...settings } = input;
    const after = await tx.organisationSettings.update({ where: { id: 1 }, data: settings, select });
    const purposes = await tx.purpose.findMany({
      where: { id: { in: Object.keys(purposeMonths) } },
      select: { id: true, retentionMonths: true },
    });
    const changedPurposes: Record<string, { from: number | null; to: number | null }> = {};
    for (const p of purposes) {
      const to = purposeMonths[p.id] ?? null;
      if (to === p.retentionMonths) continue;
      await tx.purpose.update({ where: { id: p.id }, data: { retentionMonths: to } });
      changedPurposes[p.id] = { from: p.retentionMonths, to };
    }
    await writeAuditEvent(tx, ctx, {
      action: "retention.settings_updated",
      target: { type: "organisation_settings", id: "1" },
      metadata: { before, after, purposes: changedPurposes },
    });
    return after;
  });
}
