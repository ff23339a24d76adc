import { actorUserId } from "@/server/audit/actor";
import type { Prisma } from "@generated/prisma/client";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { forEachAudienceBatch } from "@/features/outreach";
import { getPurposeById } from "@/features/purposes";
import { ZCreateMailingInput, type TCreateMailingInput } from "../schemas";

/**
 * A postal mailing (rule 7: addressed post on legitimate interest unless the person objected).
 * The audience is decided set-based and every decision is stored as for e-mail: a Campaign with
 * channel "post" and a CampaignRecipient per contact, "sent" when the address goes into the print
 * file, "blocked" with rule, citation and evidence when it does not.
 */
export async function createMailing(db: Db, ctx: AuditContext, raw: TCreateMailingInput) {
  const input = parseInput(ZCreateMailingInput, raw);
  const purpose = await getPurposeById(db, input.purposeId);
  if (!purpose.active || !purpose.channels.includes("post")) {
    const message = "Choose an active purpose that includes post.";
    throw new AppError("INVALID_INPUT", message, {
      fields: [{ field: "purposeId", message, key: "mailings.errors.purposeNoPost" }],
    });
  }
  const userId = actorUserId(ctx);
  const campaign = await db.$transaction(async (tx) => {
    const c = await tx.campaign.create({
      data: {
        name: input.name,
        channel: "post",
        purposeId: purpose.id,
        commercial: true,
        audience: JSON.parse(JSON.stringify(input.audience)),
        status: "sending",
        createdById: userId,
        queuedAt: new Date(),
        startedAt: new Date(),
      },
      select: { id: true },
    });
    await writeAuditEvent(tx, ctx, {
      action: "mailing.created",
      target: { type: "campaign", id: c.id },
      metadata: { purposeId: purpose.id, channel: "post" },
    });
    return c;
  });
  let included = 0;
  let excluded = 0;
  await forEachAudienceBatch(
    db,
    { purpose, channel: "post", commercial: true, filter: input.audience },
    async (decisions, ctxAt) => {
      const data: Prisma.CampaignRecipientCreateManyInput[] = decisions.map(({ contactId, decision }) => {
        const allow = decision.decision === "allow";
        if (allow) included++;
        else excluded++;
        return {
          campaignId: campaign.id,
          contactId,
          contactPointId: decision.contactPointId ?? null,
          status: allow ? "sent" : "blocked",
          decision: decision.decision,
          rule: decision.rule,
          citation: decision.citation,
          ruleSetVersion: decision.ruleSetVersion,
          obligations: decision.obligations,
          evidence: decision.evidence as unknown as Prisma.InputJsonValue,
          decidedAt: ctxAt.at,
          sentAt: allow ? ctxAt.at : null,
        };
      });
      await db.campaignRecipient.createMany({ data, skipDuplicates: true });
    },
  );
  await db.$transaction(async (tx) => {
    await tx.campaign.update({ where: { id: campaign.id }, data: { status: "sent", finishedAt: new Date() } });
    await writeAuditEvent(tx, ctx, {
      action: "mailing.decided",
      target: { type: "campaign", id: campaign.id },
      metadata: { included, excluded },
    });
  });
  return { id: campaign.id, included, excluded };
}
