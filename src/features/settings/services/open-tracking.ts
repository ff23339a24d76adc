import type { z } from "zod";
import { Prisma } from "@generated/prisma/client";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { ZOpenTrackingInput } from "../schemas";

export type OpenTrackingSetting = {
  enabled: boolean;
  purposeId: string | null;
  justification: string;
};

/** The columns of OrganisationSettings (row 1) the setting is read from, read the same way by both forms below. */
const FIELDS = ["openTrackingEnabled", "openTrackingPurposeId", "openTrackingJustification"] as const;
type OpenTrackingRow = Pick<Prisma.OrganisationSettingsGetPayload<object>, (typeof FIELDS)[number]>;
const select = Object.fromEntries(FIELDS.map((f) => [f, true])) as { [F in (typeof FIELDS)[number]]: true };

/** The open-tracking setting as stored. Off unless the organisation switched it on. */
export async function getOpenTracking(db: Pick<Db, "organisationSettings">): Promise<OpenTrackingSetting> {
  return openTrackingFromRow(await db.organisationSettings.findUnique({ where: { id: 1 }, select }));
}

/**
 * The same columns as one JSON value (null without a settings row), for a statement that reads them
 * beside other things: the preference page reads them with the contact's facts. None is a
 * timestamp, so the JSON decodes to the client's values; openTrackingFromRow reads both forms.
 */
export function openTrackingJsonSql(): Prisma.Sql {
  const pairs = FIELDS.map((f) => Prisma.raw(`'${f}', s."${f}"`));
  return Prisma.sql`SELECT json_build_object(${Prisma.join(pairs, ", ")}) FROM "OrganisationSettings" s WHERE s.id = 1`;
}

export function openTrackingFromRow(s: OpenTrackingRow | null): OpenTrackingSetting {
  return {
    enabled: (s?.openTrackingEnabled ?? false) && !!s?.openTrackingPurposeId,
    purposeId: s?.openTrackingPurposeId ?? null,
    justification: s?.openTrackingJustification ?? "",
  };
}

/**
 * Switches open tracking on or off. On needs a purpose that can carry e-mail consent (the consent
 * the pixel relies on, ePrivacy art. 5 lid 3) and a justification; audited with old and new values
 * (AVG art. 5 lid 2). Switching off keeps the purpose and text, so switching on again is one step.
 */
export async function setOpenTracking(db: Db, ctx: AuditContext, raw: z.input<typeof ZOpenTrackingInput>) {
  const input = parseInput(ZOpenTrackingInput, raw);
  return db.$transaction(async (tx) => {
    if (input.purposeId) {
      const purpose = await tx.purpose.findUnique({
        where: { id: input.purposeId },
        select: { active: true, channels: true },
      });
      if (!purpose || !purpose.active || !purpose.channels.includes("email"))
        throw new AppError("INVALID_INPUT", "Invalid input: purposeId", {
          fields: [
            {
              field: "purposeId",
              message: "settings.errors.trackingPurposeUnusable",
              key: "settings.errors.trackingPurposeUnusable",
            },
          ],
        });
    }
    const before = await getOpenTracking(tx);
    const after = { enabled: input.enabled, purposeId: input.purposeId, justification: input.justification };
    await tx.organisationSettings.update({
      where: { id: 1 },
      data: {
        openTrackingEnabled: after.enabled,
        openTrackingPurposeId: after.purposeId,
        openTrackingJustification: after.justification,
      },
    });
    // The justification is the organisation's own reasoning, not personal data: kept whole.
    await writeAuditEvent(tx, ctx, {
      action: "settings.open_tracking_changed",
      target: { type: "settings", id: "1" },
      metadata: { from: before, to: after },
    });
    return after;
  });
}
