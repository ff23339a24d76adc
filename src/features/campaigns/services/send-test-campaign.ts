import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { defaultMailTransport, sendSelfTestMail, type MailTransport } from "@/server/mail/gate";
import { getCampaign } from "./get-campaign";
import { previewDesign } from "./preview-design";

/**
 * A test of the campaign to the signed-in marketer's own address, marked TEST. It reaches no
 * contact, creates no recipient row and is not counted; the audit trail notes that it happened.
 */
export async function sendTestCampaign(
  db: Db,
  ctx: AuditContext,
  campaignId: string,
  transport: MailTransport = defaultMailTransport(),
) {
  if (ctx.actor.type !== "user")
    throw new AppError("FORBIDDEN", "Only a signed-in user can send a test to themselves.");
  const c = await getCampaign(db, campaignId);
  const content =
    c.format === "markdown"
      ? await previewDesign(db, { subject: c.subject, body: c.body, commercial: c.commercial })
      : { subject: c.subject, text: c.body };
  const delivered = await sendSelfTestMail(db, transport, { userId: ctx.actor.id, ...content });
  await db.$transaction((tx) =>
    writeAuditEvent(tx, ctx, { action: "campaign.test_sent", target: { type: "campaign", id: c.id } }),
  );
  return { to: delivered.to, outboxId: delivered.outboxId ?? null };
}
