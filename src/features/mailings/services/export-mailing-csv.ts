import { writeCsv } from "@/domain/exports/write-csv";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";

/**
 * The print file of a postal mailing: the addresses the engine allowed, with the decision per
 * contact. Downloading it is an export of personal data and is audited.
 */
export async function exportMailingCsv(
  db: Db,
  ctx: AuditContext,
  campaignId: string,
): Promise<{ fileName: string; csv: string; rows: number }> {
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: { id: true, name: true, channel: true, status: true },
  });
  if (!campaign || campaign.channel !== "post")
    throw new AppError("NOT_FOUND", "This mailing does not exist.", { key: "mailings.errors.notFound" });
  if (campaign.status !== "sent")
    throw new AppError("CONFLICT", "This mailing is not ready yet.", { key: "mailings.errors.notReady" });
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
      metadata: { rows: rows.length },
    }),
  );
  const slug =
    campaign.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 50) || "mailing";
  return { fileName: `${slug}-${campaign.id.slice(0, 8)}.csv`, csv, rows: rows.length };
}
