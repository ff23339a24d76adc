import type { z } from "zod";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { DEFAULT_ART14_NOTICE } from "@/domain/notices";
import { parseInput } from "@/server/validation/parse-input";
import { settingsSelect, ZUpdateSettingsInput, type TUpdateSettingsInput } from "../schemas";

/** The default text saved unchanged is stored as "" (default), so it follows the product's
 *  improvements to it instead of freezing the wording of the day. */
function withDefaultsAsEmpty(input: TUpdateSettingsInput): TUpdateSettingsInput {
  const same = (a: string, b: string) => a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();
  return {
    ...input,
    ...(input.art14NoticeNl !== undefined && same(input.art14NoticeNl, DEFAULT_ART14_NOTICE.nl)
      ? { art14NoticeNl: "" }
      : {}),
    ...(input.art14NoticeEn !== undefined && same(input.art14NoticeEn, DEFAULT_ART14_NOTICE.en)
      ? { art14NoticeEn: "" }
      : {}),
  };
}

/** The single settings row (created by the first migration). The suppression salt is never selected here. */
export function getOrganisationSettings(db: Db) {
  return db.organisationSettings.findUniqueOrThrow({ where: { id: 1 }, select: settingsSelect });
}

/** Changing a window changes which sends are lawful from now on: audited with old and new values. */
export async function updateOrganisationSettings(db: Db, ctx: AuditContext, raw: z.input<typeof ZUpdateSettingsInput>) {
  const input = withDefaultsAsEmpty(parseInput(ZUpdateSettingsInput, raw));
  return db.$transaction(async (tx) => {
    const before = await tx.organisationSettings.findUniqueOrThrow({ where: { id: 1 }, select: settingsSelect });
    await tx.organisationSettings.update({ where: { id: 1 }, data: input });
    // A field left out (an older form without the sector) is not a change.
    const changed = (Object.keys(input) as (keyof TUpdateSettingsInput)[]).filter(
      (k) => input[k] !== undefined && before[k] !== input[k],
    );
    // Policy values are not personal data; controller contact fields are the organisation's own.
    // Texts are named as changed, not copied into the trail.
    const policyKeys = changed.filter(
      (k) =>
        !k.startsWith("controller") &&
        !k.startsWith("art14Notice") &&
        k !== "organisationName" &&
        k !== "privacyPolicyUrl",
    );
    await writeAuditEvent(tx, ctx, {
      action: "settings.updated",
      target: { type: "settings", id: "1" },
      metadata: { changed, policy: Object.fromEntries(policyKeys.map((k) => [k, { from: before[k], to: input[k] }])) },
    });
  });
}
