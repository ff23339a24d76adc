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
  return { pending, preview, remaining, history, settings, purposes, held, lastRunAt: lastRun?.at ?? null };
}
