import type { Db } from "@/server/db";
import { breachClock, OPEN_CLOCK_STATES } from "@/domain/breaches";

/**
 * The breach register, newest awareness first, each with its clock. Every breach stays listed,
 * notified or not (AVG art. 33 lid 5).
 */
export async function findBreaches(db: Db, now = new Date()) {
  const rows = await db.breach.findMany({
    orderBy: { awareAt: "desc" },
    select: {
      id: true,
      title: true,
      awareAt: true,
      risk: true,
      approxSubjects: true,
      subjectsNotified: true,
      notifications: { where: { phase: "initial" }, select: { sentAt: true } },
      _count: { select: { affected: true, notifications: true } },
    },
  });
  return rows.map((b) => ({
    id: b.id,
    title: b.title,
    awareAt: b.awareAt,
    risk: b.risk,
    approxSubjects: b.approxSubjects,
    affected: b._count.affected,
    notifications: b._count.notifications,
    subjectsNotified: b.subjectsNotified,
    clock: breachClock({ awareAt: b.awareAt, risk: b.risk, firstNotifiedAt: b.notifications[0]?.sentAt ?? null, now }),
  }));
}
export type BreachRow = Awaited<ReturnType<typeof findBreaches>>[number];

/**
 * Breaches whose clock still demands action, for the dashboard: only breaches aware within the
 * last weeks can still be running, and notified or "not needed" ones drop out in the query.
 */
export async function findRunningBreachClocks(db: Db, now = new Date()) {
  const rows = await db.breach.findMany({
    where: { risk: { not: "unlikely" }, notifications: { none: { phase: "initial" } } },
    orderBy: { awareAt: "asc" },
    select: { id: true, title: true, awareAt: true, risk: true },
    take: 20,
  });
  return rows
    .map((b) => ({ ...b, clock: breachClock({ awareAt: b.awareAt, risk: b.risk, firstNotifiedAt: null, now }) }))
    .filter((b) => OPEN_CLOCK_STATES.includes(b.clock.state));
}

export async function getBreach(db: Db, breachId: string, now = new Date()) {
  const breach = await db.breach.findUnique({
    where: { id: breachId },
    include: { notifications: { orderBy: { sentAt: "asc" } } },
  });
  if (!breach) return null;
  const [affected, notified, withoutAddress, processor] = await Promise.all([
    db.breachAffectedContact.count({ where: { breachId } }),
    db.breachAffectedContact.count({ where: { breachId, notifiedAt: { not: null } } }),
    db.breachAffectedContact.count({ where: { breachId, notifiedAt: null, contact: { emails: { none: {} } } } }),
    breach.reportedByProcessorId
      ? db.processor.findUnique({ where: { id: breach.reportedByProcessorId }, select: { id: true, name: true } })
      : null,
  ]);
  const initial = breach.notifications.find((n) => n.phase === "initial");
  return {
    ...breach,
    processor,
    affectedCount: affected,
    affectedNotified: notified,
    affectedWithoutAddress: withoutAddress,
    clock: breachClock({ awareAt: breach.awareAt, risk: breach.risk, firstNotifiedAt: initial?.sentAt ?? null, now }),
  };
}
export type BreachDetail = NonNullable<Awaited<ReturnType<typeof getBreach>>>;
