import type { Db } from "@/server/db";

export const OUTBOX_PAGE_SIZE = 50;

/** Mail kept in the app when no SMTP server is configured, newest first: nothing is dropped. */
export async function findOutboxMessages(db: Db, page = 1) {
  const [total, messages] = await Promise.all([
    db.outboxMessage.count(),
    db.outboxMessage.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: { id: true, toAddress: true, subject: true, createdAt: true, contactId: true },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)), messages };
}

export function getOutboxMessage(db: Db, id: string) {
  return db.outboxMessage.findUnique({ where: { id } });
}
