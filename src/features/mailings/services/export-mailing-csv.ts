import type { Prisma } from "@generated/prisma/client";
import { writeCsv } from "@/domain/exports/write-csv";
import { contactsByIds } from "@/features/outreach";
import { decideFacts, loadContactFactsBatch } from "@/features/outreach";
import { getOutreachPolicy } from "@/features/outreach";
import { getPurposeById } from "@/features/outreach";
import { preloadSuppression } from "@/features/outreach";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";

/**
 * The print file of a postal mailing: the addresses the engine allowed, with the decision per
 * contact. Downloading it is an export of personal data and is audited.
 *
 * The file is produced later than the decision (days, sometimes), and whoever objected or was
 * erased in between may not be printed (AVG art. 21 lid 3: an objection to direct marketing takes
 * effect at once). So every address in the file is decided again when the file is made; who drops
 * out is marked blocked with the new rule and evidence, and listed for the person downloading.
 */
export async function exportMailingCsv(
  db: Db,
  ctx: AuditContext,
  campaignId: string,
  now = new Date(),
): Promise<{ fileName: string; csv: string; rows: number; droppedOut: DroppedOut[] }> {
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: { id: true, name: true, channel: true, status: true, purposeId: true },
  });
  if (!campaign || campaign.channel !== "post")
    throw new AppError("NOT_FOUND", "This mailing does not exist.", { key: "mailings.errors.notFound" });
  if (campaign.status !== "sent")
    throw new AppError("CONFLICT", "This mailing is not ready yet.", { key: "mailings.errors.notReady" });
  const droppedOut = await redecide(db, ctx, campaign.id, campaign.purposeId!, now);
  const rows = await db.$queryRaw<
    {
      firstName: string;
      lastName: string;
      company: string | null;
      street: string;
      postalCode: string;
      city: string;
      country: string;
      rule: string;
      citation: string;
    }[]
  >`
    SELECT c."firstName", c."lastName", co.name AS company, a.street, a."postalCode", a.city, a.country, r.rule, r.citation
    FROM "CampaignRecipient" r
    JOIN "Contact" c ON c.id = r."contactId"
    JOIN "PostalAddress" a ON a.id = r."contactPointId" AND a."contactId" = r."contactId"
    LEFT JOIN "Company" co ON co.id = c."companyId"
    WHERE r."campaignId" = ${campaignId}::uuid AND r.status = 'sent'
    ORDER BY a."postalCode", c."lastName", c.id`;
  const csv = writeCsv(
    ["first_name", "last_name", "company", "street", "postal_code", "city", "country", "rule", "citation"],
    rows.map((r) => [
      r.firstName,
      r.lastName,
      r.company,
      r.street,
      r.postalCode,
      r.city,
      r.country,
      r.rule,
      r.citation,
    ]),
  );
  await db.$transaction((tx) =>
    writeAuditEvent(tx, ctx, {
      action: "mailing.exported",
      target: { type: "campaign", id: campaignId },
      metadata: { rows: rows.length, droppedOut: droppedOut.length },
    }),
  );
  const slug =
    campaign.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 50) || "mailing";
  return { fileName: `${slug}-${campaign.id.slice(0, 8)}.csv`, csv, rows: rows.length, droppedOut };
}

export type DroppedOut = { contactId: string; name: string; rule: string; citation: string };

const BATCH = 5_000;

/** Decides every printed address again; the ones no longer allowed become blocked, in one transaction. */
async function redecide(db: Db, ctx: AuditContext, campaignId: string, purposeId: string, now: Date) {
  const recipients = await db.campaignRecipient.findMany({
    where: { campaignId, status: "sent" },
    select: { id: true, contactId: true, contactPointId: true },
    orderBy: { contactId: "asc" },
  });
  const [policy, purpose] = await Promise.all([getOutreachPolicy(db), getPurposeById(db, purposeId)]);
  const suppression = await preloadSuppression(db, policy.suppressionSalt);
  const decisionCtx = { purpose, channel: "post" as const, commercial: true, at: now, settings: policy.settings };
  // (An erased contact has no recipient rows any more: erasure deletes them.)
  const changes: { recipientId: string; contactId: string; decision: ReturnType<typeof decideFacts>["decision"] }[] =
    [];
  for (let i = 0; i < recipients.length; i += BATCH) {
    const page = recipients.slice(i, i + BATCH);
    const byContact = new Map(page.map((r) => [r.contactId, r]));
    const contacts = await contactsByIds(db, [...byContact.keys()]);
    const facts = await loadContactFactsBatch(db, contacts, now, suppression);
    for (const f of facts) {
      const r = byContact.get(f.id)!;
      const { decision } = decideFacts(f, decisionCtx, r.contactPointId ?? undefined);
      if (decision.decision !== "allow" || decision.contactPointId !== r.contactPointId)
        changes.push({ recipientId: r.id, contactId: f.id, decision });
    }
  }
  if (changes.length === 0) return [];
  const names = new Map(
    (
      await db.contact.findMany({
        where: { id: { in: changes.map((c) => c.contactId) } },
        select: { id: true, firstName: true, lastName: true },
      })
    ).map((c) => [c.id, `${c.firstName} ${c.lastName}`]),
  );
  await db.$transaction(async (tx) => {
    for (const c of changes)
      await tx.campaignRecipient.update({
        where: { id: c.recipientId },
        data: {
          status: "blocked",
          decision: c.decision.decision,
          rule: c.decision.rule,
          citation: c.decision.citation,
          evidence: c.decision.evidence as unknown as Prisma.InputJsonValue,
          decidedAt: now,
          sentAt: null,
        },
      });
    await writeAuditEvent(tx, ctx, {
      action: "mailing.redecided",
      target: { type: "campaign", id: campaignId },
      metadata: { droppedOut: changes.map((c) => c.recipientId) },
    });
  });
  return changes.map((c) => ({
    contactId: c.contactId,
    name: names.get(c.contactId) ?? "",
    rule: c.decision.rule,
    citation: c.decision.citation,
  }));
}
