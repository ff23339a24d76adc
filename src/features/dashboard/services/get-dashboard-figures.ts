import type { Db } from "@/server/db";

/**
 * The dashboard's live figures, each one query on a small table or an index (zero is a fine
 * answer). Figures that count the whole contact base come from the stored snapshot instead
 * (dashboard-snapshot.ts).
 */
export async function getDashboardFigures(db: Db, now = new Date()) {
  const weekAhead = new Date(now.getTime() + 7 * 86_400_000);
  // A request is open until it is answered and closed: an executed request still runs against its
  // deadline (AVG art. 12 lid 3) until the answer has gone out.
  const open = { status: { in: ["received", "verified", "executed"] as ("received" | "verified" | "executed")[] } };
  const [requestsOpen, requestsOverdue, requestsDueThisWeek, campaignsSent, users] = await Promise.all([
    db.dataSubjectRequest.count({ where: open }),
    db.dataSubjectRequest.count({ where: { ...open, dueAt: { lt: now } } }),
    db.dataSubjectRequest.count({ where: { ...open, dueAt: { gte: now, lt: weekAhead } } }),
    db.campaign.count({ where: { status: "sent" } }),
    db.user.count({ where: { active: true } }),
  ]);
  return { requestsOpen, requestsOverdue, requestsDueThisWeek, campaignsSent, users };
}
export type DashboardFigures = Awaited<ReturnType<typeof getDashboardFigures>>;
