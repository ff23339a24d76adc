import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { getPurposeById } from "@/features/purposes";
import { readAudience } from "../schemas";

export async function getCampaign(db: Db, campaignId: string) {
  const c = await db.campaign.findUnique({ where: { id: campaignId } });
  if (!c) throw new AppError("NOT_FOUND", "This campaign does not exist.", { key: "campaigns.errors.notFound" });
  return { ...c, audience: readAudience(c.audience), purpose: await getPurposeById(db, c.purposeId) };
}

export type RecipientCounts = Record<"pending" | "sent" | "blocked" | "failed", number> & { total: number };

export async function countRecipients(db: Db, campaignId: string): Promise<RecipientCounts> {
  const groups = await db.campaignRecipient.groupBy({ by: ["status"], where: { campaignId }, _count: { _all: true } });
  const counts: RecipientCounts = { pending: 0, sent: 0, blocked: 0, failed: 0, total: 0 };
  for (const g of groups) {
    counts[g.status] = g._count._all;
    counts.total += g._count._all;
  }
  return counts;
}

/** Campaigns of one channel, newest first, with their purpose names. */
export async function findCampaigns(db: Db, channel: "email" | "post" = "email") {
  return db.campaign.findMany({
    where: { channel },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      name: true,
      status: true,
      commercial: true,
      createdAt: true,
      finishedAt: true,
      purpose: { select: { key: true, nameNl: true, nameEn: true } },
      _count: { select: { recipients: true } },
    },
  });
}
