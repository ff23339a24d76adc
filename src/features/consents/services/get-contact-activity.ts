import type { Db } from "@/server/db";
import { requestReference } from "@/domain/requests";

/**
 * What else happened with a person, for the contact page's one timeline next to the consent
 * history: the campaigns that reached them, the calls made to them and the data-subject requests
 * they are linked to. Read only; the consent history itself is getContactTimeline.
 */
export type ActivityEvent =
  | { kind: "campaign"; id: string; at: Date; campaign: { name: string; channel: string } }
  | { kind: "call"; id: string; at: Date; call: { outcome: string; calledBy: string | null; notes: string | null } }
  | { kind: "request"; id: string; at: Date; request: { reference: string; type: string; status: string } };

/** The latest of each kind, enough for a page; the full lists live on their own pages. */
export const ACTIVITY_LIMIT = 100;

export async function getContactActivity(db: Db, contactId: string): Promise<ActivityEvent[]> {
  const [received, calls, requests] = await Promise.all([
    db.campaignRecipient.findMany({
      where: { contactId, status: "sent", sentAt: { not: null } },
      select: { id: true, sentAt: true, campaign: { select: { name: true, channel: true } } },
      orderBy: { sentAt: "desc" },
      take: ACTIVITY_LIMIT,
    }),
    db.callLog.findMany({
      where: { contactId },
      select: { id: true, at: true, outcome: true, notes: true, calledById: true },
      orderBy: { at: "desc" },
      take: ACTIVITY_LIMIT,
    }),
    db.requestContact.findMany({
      where: { contactId },
      select: { request: { select: { id: true, type: true, status: true, receivedAt: true } } },
      orderBy: { request: { receivedAt: "desc" } },
      take: ACTIVITY_LIMIT,
    }),
  ]);
  const callers = await db.user.findMany({
    where: { id: { in: [...new Set(calls.map((c) => c.calledById).filter((id): id is string => !!id))] } },
    select: { id: true, name: true },
  });
  const nameOf = (id: string | null) => callers.find((u) => u.id === id)?.name ?? null;
  return [
    ...received.map((r): ActivityEvent => ({ kind: "campaign", id: r.id, at: r.sentAt!, campaign: r.campaign })),
    ...calls.map((c): ActivityEvent => ({
      kind: "call",
      id: c.id,
      at: c.at,
      call: { outcome: c.outcome, calledBy: nameOf(c.calledById), notes: c.notes },
    })),
    ...requests.map(({ request: r }): ActivityEvent => ({
      kind: "request",
      id: r.id,
      at: r.receivedAt,
      request: { reference: requestReference(r.id), type: r.type, status: r.status },
    })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
}
