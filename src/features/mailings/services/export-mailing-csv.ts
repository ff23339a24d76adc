import type { Prisma } from "@generated/prisma/client";
import { writeCsv } from "@/domain/exports/write-csv";
import { contactsByIds } from "@/features/outreach";
import { decideFacts, loadContactFactsBatch } from "@/features/outreach";
import { getOutreachPolicy } from "@/features/outreach";
import { getPurposeById } from "@/features/purposes";
import { preloadSuppression } from "@/features/outreach";
import type { Db } from "@/server/db";
import { actorUserId, type AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { composeArt14Notices, insertMailingNotices } from "@/features/notices";

/**
 * The print file of a postal mailing: the addresses the engine allowed, with the decision per
 * contact. Downloading it is an export of personal data and is audited.
 *
 * The file is produced later than the decision (days, sometimes), and whoever objected or was
 * erased in between may not be printed (AVG art. 21 lid 3: an objection to direct marketing takes
 * effect at once). So every address in the file is decided again when the file is made; who drops
 * out is marked blocked with the new rule and evidence, and listed for the person downloading.
 *
 * A contact still owed the art. 14 notice (data not obtained from them) gets its text in the
 * `art14_notice` column, to be printed with the letter (AVG art. 14 lid 3 sub b: at the latest with
 * the first communication); making the file records the notice as given by post, in the same
 * transaction as the export's audit entry. A second download of the same file carries the same
 * texts again (the letters may be printed from either copy) without recording them twice.
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
  const { droppedOut, owed } = await redecide(db, ctx, campaign.id, campaign.purposeId!, now);
  const earlier = await db.contactNotice.findMany({
    where: { campaignId, kind: "art14", recordedVia: "mailing_export" },
    select: { contactId: true },
  });
  const noticeFor = new Set([...owed, ...earlier.map((n) => n.contactId)]);
  const rows = await db.$queryRaw<
    {
      contactId: string;
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
    SELECT c.id AS "contactId", c."firstName", c."lastName", co.name AS company, a.street, a."postalCode", a.city, a.country, r.rule, r.citation
    FROM "CampaignRecipient" r
    JOIN "Contact" c ON c.id = r."contactId"
    JOIN "PostalAddress" a ON a.id = r."contactPointId" AND a."contactId" = r."contactId"
    LEFT JOIN "Company" co ON co.id = c."companyId"
    WHERE r."campaignId" = ${campaignId}::uuid AND r.status = 'sent'
    ORDER BY a."postalCode", c."lastName", c.id`;
  const texts = await composeArt14Notices(
    db,
    rows.filter((r) => noticeFor.has(r.contactId)).map((r) => r.contactId),
  );
  const csv = writeCsv(
    [
      "first_name",
      "last_name",
      "company",
      "street",
      "postal_code",
      "city",
      "country",
      "rule",
      "citation",
      "art14_notice",
    ],
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
      texts.get(r.contactId)?.text() ?? "",
    ]),
  );
  const newlyTold = rows.filter((r) => owed.has(r.contactId) && texts.has(r.contactId));
  await db.$transaction(async (tx) => {
    const notices = await insertMailingNotices(
      tx,
      ctx,
      campaignId,
      newlyTold.map((r) => ({
        contactId: r.contactId,
        kind: "art14" as const,
        channel: "post" as const,
        givenAt: now,
        recordedVia: "mailing_export" as const,
        recordedById: actorUserId(ctx),
        campaignId,
        text: texts.get(r.contactId)!.text(),
      })),
    );
    await writeAuditEvent(tx, ctx, {
      action: "mailing.exported",
      target: { type: "campaign", id: campaignId },
      metadata: { rows: rows.length, droppedOut: droppedOut.length, art14Notices: notices },
    });
  });
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

/**
 * Decides every printed address again; the ones no longer allowed become blocked, in one
 * transaction. Returns them, and who of the rest is still owed the art. 14 notice.
 */
async function redecide(
  db: Db,
  ctx: AuditContext,
  campaignId: string,
  purposeId: string,
  now: Date,
): Promise<{ droppedOut: DroppedOut[]; owed: Set<string> }> {
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
  const owed = new Set<string>();
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
      else if (decision.obligations.includes("art14_notice")) owed.add(f.id);
    }
  }
  if (changes.length === 0) return { droppedOut: [], owed };
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
          ruleSetVersion: c.decision.ruleSetVersion,
          obligations: c.decision.obligations,
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
  const droppedOut = changes.map((c) => ({
    contactId: c.contactId,
    name: names.get(c.contactId) ?? "",
    rule: c.decision.rule,
    citation: c.decision.citation,
  }));
  return { droppedOut, owed };
}
