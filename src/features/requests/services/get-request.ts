import type { Db } from "@/server/db";
import { canExtend, deadlineStatus } from "@/domain/requests";
import { findContactsByIds } from "./find-contact-candidates";
import { notFound } from "./request-guards";

/**
 * Everything the detail page shows about one request (privacy officer and admin only): the facts,
 * who verified and executed it, the linked contacts, whether the deadline may still be extended,
 * and the processors to tell about an erasure (AVG art. 19).
 */
export async function getRequest(db: Db, requestId: string, now = new Date()) {
  const request = await db.dataSubjectRequest.findUnique({
    where: { id: requestId },
    include: { contacts: { select: { contactId: true } } },
  });
  if (!request) throw notFound();
  const userIds = [request.verifiedById, request.executedById, request.createdById].filter((id): id is string =>
    Boolean(id),
  );
  const [users, contacts, processors] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
    findContactsByIds(
      db,
      request.contacts.map((c) => c.contactId),
    ),
    db.processor.findMany({
      where: { receivesContactData: true },
      select: { id: true, name: true, contactEmail: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const nameOf = (id: string | null) => users.find((u) => u.id === id)?.name ?? null;
  const closed = request.status === "closed" || request.status === "rejected";
  const extension = canExtend(
    {
      receivedAt: request.receivedAt,
      extensionMonths: request.extensionMonths,
      closedAt: closed ? (request.closedAt ?? now) : null,
    },
    now,
  );
  return {
    ...request,
    contacts,
    processors,
    verifiedByName: nameOf(request.verifiedById),
    executedByName: nameOf(request.executedById),
    createdByName: nameOf(request.createdById),
    deadline: closed ? ("done" as const) : deadlineStatus(request.dueAt, now),
    extension: extension.ok
      ? { allowed: true as const, remainingMonths: extension.remainingMonths }
      : { allowed: false as const, reasons: extension.problems.map((p) => p.code) },
  };
}
export type RequestDetail = Awaited<ReturnType<typeof getRequest>>;
