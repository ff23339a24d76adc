import type { Db } from "@/server/db";
import { canExtend, deadlineStatus } from "@/domain/requests";
import { findContactsByIds } from "./find-contact-candidates";
import { notFound } from "./request-guards";
import { findProcessorsToNotify } from "@/features/processors";

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
  const notifications = await db.processorNotification.findMany({
    where: { requestId },
    select: { processorId: true, notifiedAt: true, notifiedById: true },
  });
  const userIds = [
    request.verifiedById,
    request.executedById,
    request.createdById,
    ...notifications.map((n) => n.notifiedById),
  ].filter((id): id is string => Boolean(id));
  const [users, contacts, processors] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
    findContactsByIds(
      db,
      request.contacts.map((c) => c.contactId),
    ),
    findProcessorsToNotify(
      db,
      request.contacts.map((c) => c.contactId),
    ),
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
    /** Art. 19: the processors marked as told about this erasure, by whom and when. */
    processorNotifications: notifications.map((n) => ({
      processorId: n.processorId,
      notifiedAt: n.notifiedAt,
      notifiedByName: nameOf(n.notifiedById),
    })),
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
