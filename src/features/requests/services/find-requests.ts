import type { Db } from "@/server/db";
import { deadlineStatus, type DeadlineStatus } from "@/domain/requests";

export type RequestListRow = {
  id: string;
  type: string;
  status: string;
  receivedAt: Date;
  dueAt: Date;
  requesterName: string | null;
  linkedContacts: number;
  deadline: DeadlineStatus | "done";
};

const OPEN = ["received", "verified", "executed"] as const;

/**
 * The privacy officer's work list: everything not yet answered, soonest deadline first, each with
 * its deadline status (overdue / due this week, AVG art. 12 lid 3); then the latest closed ones.
 */
export async function findRequests(db: Db, now = new Date(), closedLimit = 50) {
  const select = {
    id: true,
    type: true,
    status: true,
    receivedAt: true,
    dueAt: true,
    requesterName: true,
    _count: { select: { contacts: true } },
  } as const;
  const [open, closed] = await Promise.all([
    db.dataSubjectRequest.findMany({
      where: { status: { in: [...OPEN] } },
      select,
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    }),
    db.dataSubjectRequest.findMany({
      where: { status: { in: ["closed", "rejected"] } },
      select,
      orderBy: [{ closedAt: "desc" }, { id: "desc" }],
      take: closedLimit,
    }),
  ]);
  const toRow = (r: (typeof open)[number], done: boolean): RequestListRow => ({
    id: r.id,
    type: r.type,
    status: r.status,
    receivedAt: r.receivedAt,
    dueAt: r.dueAt,
    requesterName: r.requesterName,
    linkedContacts: r._count.contacts,
    deadline: done ? "done" : deadlineStatus(r.dueAt, now),
  });
  return { open: open.map((r) => toRow(r, false)), closed: closed.map((r) => toRow(r, true)) };
}
