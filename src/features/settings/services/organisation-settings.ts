import type { z } from "zod";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { parseInput } from "@/server/validation/parse-input";
import { settingsSelect, ZUpdateSettingsInput, type TUpdateSettingsInput } from "../schemas";

/** The single settings row (created by the first migration). The suppression salt is never selected here. */
export function getOrganisationSettings(db: Db) {
  return db.organisationSettings.findUniqueOrThrow({ where: { id: 1 }, select: settingsSelect });
}

/** Changing a window changes which sends are lawful from now on: audited with old and new values. */
export async function updateOrganisationSettings(db: Db, ctx: AuditContext, raw: z.input<typeof ZUpdateSettingsInput>) {
  const input: TUpdateSettingsInput = parseInput(ZUpdateSettingsInput, raw);
  return db.$transaction(async (tx) => {
    const before = await tx.organisationSettings.findUniqueOrThrow({ where: { id: 1 }, select: settingsSelect });
    await tx.organisationSettings.update({ where: { id: 1 }, data: input });
    // A field left out (an older form without the sector) is not a change.
    const changed = (Object.keys(input) as (keyof TUpdateSettingsInput)[]).filter(
      (k) => input[k] !== undefined && before[k] !== input[k],
    );
    // Policy values are not personal data; controller contact fields are the organisation's own.
    const policyKeys = changed.filter(
      (k) => !k.startsWith("controller") && k !== "organisationName" && k !== "privacyPolicyUrl",
    );
    await writeAuditEvent(tx, ctx, {
      action: "settings.updated",
      target: { type: "settings", id: "1" },
      metadata: { changed, policy: Object.fromEntries(policyKeys.map((k) => [k, { from: before[k], to: input[k] }])) },
    });
  });
}
