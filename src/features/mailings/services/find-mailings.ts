import type { Db } from "@/server/db";

/** Postal mailings, newest first, with how many addresses went in and how many were left out. */
export async function findMailings(db: Db) {
  const mailings = await db.campaign.findMany({
    where: { channel: "post" },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      name: true,
      status: true,
      createdAt: true,
      purpose: { select: { nameNl: true, nameEn: true } },
    },
  });
  const counts = await db.campaignRecipient.groupBy({
    by: ["campaignId", "status"],
    where: { campaignId: { in: mailings.map((m) => m.id) } },
    _count: { _all: true },
  });
  const count = (id: string, status: string) =>
    counts.find((c) => c.campaignId === id && c.status === status)?._count._all ?? 0;
  return mailings.map((m) => ({ ...m, included: count(m.id, "sent"), excluded: count(m.id, "blocked") }));
}
