import type { Db } from "@/server/db";

/** What the retention page shows: the pending proposal (first rows as preview), settings, history. */
export async function getRetentionOverview(db: Db, previewRows = 200) {
  const [pending, history, settings, purposes, held, lastRun] = await Promise.all([
    db.retentionProposal.findFirst({ where: { status: "pending" }, orderBy: { createdAt: "desc" } }),
    db.retentionProposal.findMany({ where: { status: { not: "pending" } }, orderBy: { createdAt: "desc" }, take: 10 }),
    db.organisationSettings.findUniqueOrThrow({
      where: { id: 1 },
      select: {
        retentionMonthsWithoutBasis: true,
        retentionAutoErase: true,
        eraseWhenConsentOnlyWithdrawn: true,
        withdrawalGraceDays: true,
      },
    }),
    db.purpose.findMany({
      select: { id: true, key: true, nameNl: true, nameEn: true, retentionMonths: true },
      orderBy: { key: "asc" },
    }),
    db.contact.count({ where: { legalHold: true } }),
    db.auditEvent.findFirst({ where: { action: "retention.checked" }, orderBy: { at: "desc" }, select: { at: true } }),
  ]);
  const preview = pending
    ? await db.retentionCandidate.findMany({
        where: { proposalId: pending.id },
        orderBy: { expiredAt: "asc" },
        take: previewRows,
        select: {
          contactId: true,
          reason: true,
          expiredAt: true,
          contact: { select: { firstName: true, lastName: true, company: { select: { name: true } } } },
        },
      })
    : [];
  const remaining = pending ? await db.retentionCandidate.count({ where: { proposalId: pending.id } }) : 0;
  // Art. 19: who was told about each run's erasures, and by whom.
  const notifications = await db.processorNotification.findMany({
    where: { retentionProposalId: { in: history.map((h) => h.id) } },
    select: { processorId: true, retentionProposalId: true, notifiedAt: true, notifiedById: true },
  });
  const users = await db.user.findMany({
    where: { id: { in: notifications.map((n) => n.notifiedById).filter((id): id is string => Boolean(id)) } },
    select: { id: true, name: true },
  });
  const runs = history.map((h) => ({
    ...h,
    processorsToNotify: (h.processorsToNotify ?? []) as { id: string; name: string }[],
    notifications: notifications
      .filter((n) => n.retentionProposalId === h.id)
      .map((n) => ({
        processorId: n.processorId,
        notifiedAt: n.notifiedAt,
        notifiedByName: users.find((u) => u.id === n.notifiedById)?.name ?? null,
      })),
  }));
  return { pending, preview, remaining, history: runs, settings, purposes, held, lastRunAt: lastRun?.at ?? null };
}
