import { writeCsv } from "@/domain/exports/write-csv";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { getCampaign } from "./get-campaign";

const COLUMNS = [
  "campaign_id",
  "campaign_name",
  "purpose",
  "commercial",
  "scheduled_for",
  "started_at",
  "finished_at",
  "recipient_id",
  "contact_id",
  "to_address",
  "status",
  "decision",
  "rule",
  "citation",
  "rule_set_version",
  "evidence",
  "decided_at",
  "sent_at",
  "bounce",
  "complained_at",
  "error",
] as const;

/**
 * The campaign and every recipient's decision (rule, citation, evidence, rule-set version) as CSV,
 * for the accountability file (AVG art. 5 lid 2). It holds personal data, so the download itself
 * is an audited event, written before the file is handed out.
 */
export async function exportCampaignCsv(db: Db, ctx: AuditContext, campaignId: string) {
  const c = await getCampaign(db, campaignId);
  const recipients = await db.campaignRecipient.findMany({
    where: { campaignId },
    orderBy: { id: "asc" },
  });
  const iso = (d: Date | null) => d?.toISOString() ?? "";
  const csv = writeCsv(
    COLUMNS,
    recipients.map((r) => [
      c.id,
      c.name,
      c.purpose.key,
      c.commercial,
      iso(c.scheduledFor),
      iso(c.startedAt),
      iso(c.finishedAt),
      r.id,
      r.contactId,
      r.toAddress,
      r.status,
      r.decision,
      r.rule,
      r.citation,
      r.ruleSetVersion,
      JSON.stringify(r.evidence ?? []),
      iso(r.decidedAt),
      iso(r.sentAt),
      r.bounce,
      iso(r.complainedAt),
      r.error,
    ]),
  );
  await db.$transaction((tx) =>
    writeAuditEvent(tx, ctx, {
      action: "campaign.exported",
      target: { type: "campaign", id: c.id },
      metadata: { recipients: recipients.length },
    }),
  );
  return { csv, fileName: `campaign-${c.id}.csv` };
}
