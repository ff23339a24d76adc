import type { Db, Tx } from "@/server/db";
import { logger } from "@/server/logger";
import { countNoticesDue } from "@/features/notices";
import type { StoredRuleCount } from "@/features/outreach";
import { getMailCoverage, getOptInWeeks } from "./get-chart-data";

/**
 * The figures that count the whole contact base. At a million contacts the mail coverage alone
 * reads a million stored decisions, so they are computed in the background and stored; the
 * dashboard reads the stored row and says how old it is. Figures about deadlines (requests,
 * breach clocks) are small and stay live: a 72-hour clock is never shown stale.
 */
export type SnapshotFigures = {
  /** The shape of these figures (FIGURES_VERSION): figures stored in an older shape are computed again. */
  version: number;
  contacts: number;
  consentsLast30Days: number;
  /** Per active purpose, the contacts by the rule that decides commercial e-mail (getMailCoverage). */
  coverage: { purposeId: string; rules: StoredRuleCount[]; undecided: number }[];
  optInWeeks: { week: string; granted: number; withdrawn: number }[];
  noticesDue: { total: number; overdue: number; dueSoon: number };
};

export type DashboardSnapshot = { figures: SnapshotFigures; computedAt: Date };

/** Raise when SnapshotFigures changes shape, so that a stored row of the old shape is never read
 *  as the new one (it is computed again on the next visit). */
export const FIGURES_VERSION = 2;

/** How old the stored figures may get before the background job computes them again. */
export const SNAPSHOT_MAX_AGE_MS = 10 * 60_000;
/** How long one instance may take to compute them before another may try. */
const LEASE_MS = 5 * 60_000;

export async function computeSnapshotFigures(db: Tx, now = new Date()): Promise<SnapshotFigures> {
  const monthAgo = new Date(now.getTime() - 30 * 86_400_000);
  // One query after another, in the caller's transaction (refreshDashboardSnapshot runs them
  // without parallel workers): nobody waits for these figures, while the requests served beside
  // them do. Run side by side, each spread over parallel workers, they took every core for a moment.
  const contacts = await db.contact.count();
  const consentsLast30Days = await db.consentRecord.count({
    where: { action: "granted", recordedAt: { gte: monthAgo } },
  });
  const coverage = await getMailCoverage(db, now);
  const optInWeeks = await getOptInWeeks(db);
  const noticesDue = await countNoticesDue(db, now);
  return {
    version: FIGURES_VERSION,
    contacts,
    consentsLast30Days,
    coverage: coverage.map((p) => ({ purposeId: p.id, rules: p.rules, undecided: p.undecided })),
    optInWeeks,
    noticesDue,
  };
}

/**
 * Computes and stores the figures if they are older than `maxAgeMs` and no other instance is at
 * it (a lease on the row). Returns the stored snapshot, fresh or not.
 */
export async function refreshDashboardSnapshot(db: Db, { maxAgeMs = SNAPSHOT_MAX_AGE_MS, now = new Date() } = {}) {
  const staleBefore = new Date(now.getTime() - maxAgeMs);
  // The row exists from the first refresh on; until then an empty, long-stale one is claimed.
  await db.$executeRaw`
    INSERT INTO "DashboardSnapshot" (id, figures, "computedAt") VALUES (1, '{}', to_timestamp(0))
    ON CONFLICT (id) DO NOTHING`;
  const claimed = await db.$executeRaw`
    UPDATE "DashboardSnapshot" SET "refreshingUntil" = ${new Date(now.getTime() + LEASE_MS)}
    WHERE id = 1 AND "computedAt" <= ${staleBefore}
      AND ("refreshingUntil" IS NULL OR "refreshingUntil" < ${now})`;
  if (claimed === 1) {
    try {
      // Without parallel workers, a query of these takes one core, not all of them: the requests
      // served beside it keep the rest. Nobody waits for these figures; callers of the API do.
      const figures = await db.$transaction(
        async (tx) => {
          await tx.$executeRaw`SET LOCAL max_parallel_workers_per_gather = 0`;
          return computeSnapshotFigures(tx, now);
        },
        { timeout: LEASE_MS },
      );
      await db.dashboardSnapshot.update({
        where: { id: 1 },
        data: { figures, computedAt: now, refreshingUntil: null },
      });
    } catch (error) {
      await db.dashboardSnapshot.update({ where: { id: 1 }, data: { refreshingUntil: null } });
      throw error;
    }
  }
  return readStored(db);
}

/**
 * The figures for the dashboard: the stored ones, or, the very first time (nothing stored yet),
 * computed now. Never blocks on a refresh that another instance is running.
 */
export async function readDashboardSnapshot(db: Db): Promise<DashboardSnapshot> {
  const stored = await readStored(db);
  if (stored) return stored;
  try {
    const refreshed = await refreshDashboardSnapshot(db, { maxAgeMs: 0 });
    if (refreshed) return refreshed;
  } catch (error) {
    logger.warn("dashboard figures could not be computed", { error });
  }
  // Another instance is computing the first figures: show zeroes, marked as not yet computed.
  return { figures: emptyFigures(), computedAt: new Date(0) };
}

async function readStored(db: Db): Promise<DashboardSnapshot | null> {
  const row = await db.dashboardSnapshot.findUnique({ where: { id: 1 } });
  if (!row || row.computedAt.getTime() === 0) return null;
  // Stored by an older version of this code: as good as never computed.
  if ((row.figures as Partial<SnapshotFigures>).version !== FIGURES_VERSION) return null;
  return { figures: row.figures as SnapshotFigures, computedAt: row.computedAt };
}

function emptyFigures(): SnapshotFigures {
  return {
    version: FIGURES_VERSION,
    contacts: 0,
    consentsLast30Days: 0,
    coverage: [],
    optInWeeks: [],
    noticesDue: { total: 0, overdue: 0, dueSoon: 0 },
  };
}

/** The stored coverage with the purposes' current names; purposes made inactive since are left out. */
export async function coverageOfSnapshot(db: Db, snapshot: DashboardSnapshot) {
  const purposes = await db.purpose.findMany({
    where: { active: true, id: { in: snapshot.figures.coverage.map((c) => c.purposeId) } },
    select: { id: true, key: true, nameNl: true, nameEn: true },
    orderBy: { key: "asc" },
  });
  const stored = new Map(snapshot.figures.coverage.map((c) => [c.purposeId, c]));
  return purposes.map((p) => {
    const { rules, undecided } = stored.get(p.id)!; // only purposes the figures hold are read
    return { ...p, rules, undecided };
  });
}
