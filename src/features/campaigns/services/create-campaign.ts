import { actorUserId } from "@/server/audit/actor";
import type { Db } from "@/server/db";
import type { Tx } from "@/server/db/connect";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { getSegment } from "@/features/segments";
import { ZCreateCampaignInput, type TCampaignAudience, type TCreateCampaignInput } from "../schemas";

/** A draft e-mail campaign: purpose, commercial or not, the message and the audience filters. */
export async function createCampaign(db: Db, ctx: AuditContext, raw: TCreateCampaignInput) {
  const input = parseInput(ZCreateCampaignInput, raw);
  return db.$transaction(async (tx) => {
    const purpose = await tx.purpose.findUnique({
      where: { id: input.purposeId },
      select: { active: true, channels: true },
    });
    if (!purpose?.active) {
      const message = "Choose an active purpose.";
      throw new AppError("INVALID_INPUT", message, {
        fields: [{ field: "purposeId", message, key: "campaigns.errors.purposeInactive" }],
      });
    }
    if (!purpose.channels.includes("email")) {
      // Purpose limitation (AVG art. 5 lid 1 sub b): a purpose defined without e-mail is not a mailing.
      const message = "This purpose does not include e-mail.";
      throw new AppError("INVALID_INPUT", message, {
        fields: [{ field: "purposeId", message, key: "campaigns.errors.purposeNoEmail" }],
      });
    }
    const audience = await audienceOf(tx, input.segmentId, input.audience);
    const campaign = await tx.campaign.create({
      data: {
        name: input.name,
        channel: "email",
        purposeId: input.purposeId,
        commercial: input.commercial,
        subject: input.subject,
        body: input.body,
        format: input.format,
        ratePerMinute: input.ratePerMinute ?? null,
        audience: JSON.parse(JSON.stringify(audience)),
        createdById: actorUserId(ctx),
      },
      select: { id: true },
    });
    await writeAuditEvent(tx, ctx, {
      action: "campaign.created",
      target: { type: "campaign", id: campaign.id },
      metadata: {
        purposeId: input.purposeId,
        commercial: input.commercial,
        channel: "email",
        format: input.format,
        ...(audience.segment ? { segmentId: audience.segment.id } : {}),
      },
    });
    return campaign;
  });
}

/**
 * The audience to store: a copy of the segment's filters as they are now, with its id and name, or
 * the one-off filters as given (never a segment reference the form made up).
 */
async function audienceOf(tx: Tx, segmentId: string | undefined, given: TCampaignAudience): Promise<TCampaignAudience> {
  if (!segmentId) {
    const { segment: _ignored, ...filters } = given;
    return filters;
  }
  try {
    const segment = await getSegment(tx, segmentId);
    return { ...segment.filter, segment: { id: segment.id, name: segment.name } };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const message = "This segment does not exist (any more).";
    throw new AppError("INVALID_INPUT", message, {
      fields: [{ field: "segmentId", message, key: "segments.errors.notFound" }],
    });
  }
}
