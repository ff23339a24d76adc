import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Db } from "@/server/db";
import { findRunningBreachClocks } from "@/features/breaches";
import { ClockBadge } from "@/features/breaches";
import { countProcessorsNeedingReview } from "@/features/processors";
import { FigureTile } from "./figure-tile";

/** The privacy officer's row: breach clocks running, processors needing review, retention waiting,
 *  art. 14 notices still due (overdue ones in red). */
export async function PrivacyDeskTiles({
  db,
  noticesDue: notices,
}: {
  db: Db;
  /** From the stored figures: it counts the whole contact base. */
  noticesDue: { total: number; overdue: number; dueSoon: number };
}) {
  const t = await getTranslations("dashboard");
  const [clocks, processors, retention] = await Promise.all([
    findRunningBreachClocks(db),
    countProcessorsNeedingReview(db),
    db.retentionCandidate.count({ where: { proposal: { status: "pending" } } }),
  ]);
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid="tile-breach-clocks">
        <div className="flex items-baseline justify-between gap-2">
          <h2 className="text-sm text-slate-600">{t("desk.breachClocks")}</h2>
          <Link href="/breaches" className="text-sm text-brand-800 underline-offset-2 hover:underline">
            {t("desk.breachLink")}
          </Link>
        </div>
        {clocks.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">{t("desk.noClocks")}</p>
        ) : (
          <ul className="mt-2 space-y-2 text-sm">
            {clocks.map((b) => (
              <li key={b.id} className="flex flex-wrap items-center justify-between gap-2">
                <Link
                  href={`/breaches/${b.id}`}
                  className="font-medium text-brand-800 underline-offset-2 hover:underline"
                >
                  {b.title}
                </Link>
                <ClockBadge clock={b.clock} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <FigureTile
        label={t("desk.processorsNeedingReview")}
        value={processors}
        tone={processors > 0 ? "amber" : undefined}
        href="/registers/processors"
        testId="tile-processors"
      />
      <FigureTile
        label={t("desk.retentionWaiting")}
        value={retention}
        tone={retention > 0 ? "amber" : undefined}
        href="/retention"
        testId="tile-retention"
      />
      <FigureTile
        label={t("desk.art14Due", { overdue: notices.overdue, dueSoon: notices.dueSoon })}
        value={notices.total}
        tone={notices.overdue > 0 ? "red" : notices.dueSoon > 0 ? "amber" : undefined}
        href="/notices"
        testId="tile-art14-notices"
      />
    </div>
  );
}
