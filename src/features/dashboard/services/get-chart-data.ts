import { Prisma } from "@generated/prisma/client";
import type { Db, Tx } from "@/server/db";
import { countStoredDecisions } from "@/features/outreach";

/**
 * For each active purpose, the whole contact base by the engine's answer to the question a
 * marketer asks: may this contact be sent commercial e-mail for this purpose, and by which rule.
 * Read from the decision store (the engine's own stored answers), never worked out again here:
 * the law is written once, in the rules engine. Contacts the store has no current answer for yet
 * are counted apart, so the groups always add up to every contact.
 */
export async function getMailCoverage(db: Tx, now = new Date()) {
  const purposes = await db.purpose.findMany({
    where: { active: true },
    select: { id: true, key: true, nameNl: true, nameEn: true },
    orderBy: { key: "asc" },
  });
  const counted = await countStoredDecisions(db, {
    purposeIds: purposes.map((p) => p.id),
    channel: "email",
    commercial: true,
    at: now,
  });
  const byPurpose = new Map(counted.map((c) => [c.purposeId, c]));
  return purposes.flatMap((p) => {
    const c = byPurpose.get(p.id);
    return c ? [{ ...p, rules: c.rules, undecided: c.undecided }] : [];
  });
}

/**
 * Opt-ins and withdrawals per calendar week (Monday, Amsterdam) over the last `weeks` weeks.
 * `recordedById` narrows it to what one staff member recorded (sales see their own).
 */
export async function getOptInWeeks(db: Tx, opts: { recordedById?: string | null; weeks?: number } = {}) {
  const weeks = opts.weeks ?? 12;
  const byUser = opts.recordedById ? Prisma.sql`AND r."recordedById" = ${opts.recordedById}::uuid` : Prisma.empty;
  const rows = await db.$queryRaw<{ week: string; granted: number; withdrawn: number }[]>`
    WITH weeks AS (
      SELECT generate_series(
        date_trunc('week', now() AT TIME ZONE 'Europe/Amsterdam') - make_interval(weeks => ${weeks - 1}::int),
        date_trunc('week', now() AT TIME ZONE 'Europe/Amsterdam'),
        interval '1 week') AS w
    ),
    counted AS (
      SELECT date_trunc('week', r."effectiveAt" AT TIME ZONE 'Europe/Amsterdam') AS w,
             count(*) FILTER (WHERE r."action" = 'granted')::int AS granted,
             count(*) FILTER (WHERE r."action" = 'withdrawn')::int AS withdrawn
      FROM "ConsentRecord" r
      WHERE r."effectiveAt" >= now() - make_interval(weeks => ${weeks}::int) AND r."correctsId" IS NULL ${byUser}
      GROUP BY 1
    )
    SELECT to_char(weeks.w, 'YYYY-MM-DD') AS week, COALESCE(c.granted, 0)::int AS granted, COALESCE(c.withdrawn, 0)::int AS withdrawn
    FROM weeks LEFT JOIN counted c ON c.w = weeks.w
    ORDER BY weeks.w`;
  return rows;
}

/** Outreach decisions by rule for the most recent campaigns: how many were sent or blocked by which rule. */
export async function getOutreachByRule(db: Db, campaigns = 5) {
  const recent = await db.campaign.findMany({
    where: { status: { in: ["sending", "sent"] } },
    orderBy: { createdAt: "desc" },
    take: campaigns,
    select: { id: true },
  });
  if (recent.length === 0) return { campaigns: 0, rows: [] as { rule: string; sent: number; blocked: number }[] };
  const grouped = await db.campaignRecipient.groupBy({
    by: ["rule", "status"],
    where: { campaignId: { in: recent.map((c) => c.id) }, status: { in: ["sent", "blocked"] } },
    _count: { _all: true },
  });
  const byRule = new Map<string, { rule: string; sent: number; blocked: number }>();
  for (const g of grouped) {
    const rule = g.rule ?? "unknown";
    const row = byRule.get(rule) ?? { rule, sent: 0, blocked: 0 };
    if (g.status === "sent") row.sent += g._count._all;
    else row.blocked += g._count._all;
    byRule.set(rule, row);
  }
  return {
    campaigns: recent.length,
    rows: [...byRule.values()].sort((a, b) => b.sent + b.blocked - (a.sent + a.blocked)),
  };
}

export const REQUEST_STATUSES_OPEN = ["received", "verified", "executed"] as const;

/** Open requests by status against their deadline (AVG art. 12 lid 3): overdue, due within 7 days, later. */
export async function getRequestDeadlines(db: Db, now = new Date()) {
  const weekAhead = new Date(now.getTime() + 7 * 86_400_000);
  const rows = await db.$queryRaw<{ status: string; overdue: number; due_this_week: number; later: number }[]>`
    SELECT "status"::text AS status,
      count(*) FILTER (WHERE "dueAt" < ${now})::int AS overdue,
      count(*) FILTER (WHERE "dueAt" >= ${now} AND "dueAt" < ${weekAhead})::int AS due_this_week,
      count(*) FILTER (WHERE "dueAt" >= ${weekAhead})::int AS later
    FROM "DataSubjectRequest"
    WHERE "status" IN ('received', 'verified', 'executed')
    GROUP BY 1`;
  return REQUEST_STATUSES_OPEN.map(
    (status) => rows.find((r) => r.status === status) ?? { status, overdue: 0, due_this_week: 0, later: 0 },
  );
}
