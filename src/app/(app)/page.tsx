import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { can } from "@/domain/access/permissions";
import { PageHeader } from "@/components/ui/card";
import { getDashboardFigures } from "@/features/dashboard/services/get-dashboard-figures";
import { FigureTile } from "@/features/dashboard/components/figure-tile";
import { PrivacyDeskTiles } from "@/features/dashboard/components/privacy-desk-tiles";
import { DashboardCharts } from "@/features/dashboard/components/dashboard-charts";
import { FiguresAsOf } from "@/features/dashboard/components/figures-as-of";
import { readDashboardSnapshot } from "@/features/dashboard/services/dashboard-snapshot";
import { getFirstRunChecklist } from "@/features/dashboard/services/get-first-run-checklist";
import { FirstRunChecklist } from "@/features/dashboard/components/first-run-checklist";

export default async function DashboardPage() {
  const user = await requirePagePermission("dashboard:view");
  const t = await getTranslations("dashboard");
  const db = await getDb();
  // Live figures (deadlines, small tables) and the stored ones that count the whole contact base.
  // The checklist is for whoever sets the organisation up (the controller's details are theirs).
  const setsUp = can(user.role, "settings:manage");
  const [f, snapshot, firstRun] = await Promise.all([
    getDashboardFigures(db),
    readDashboardSnapshot(db),
    setsUp ? getFirstRunChecklist(db) : null,
  ]);
  const stored = snapshot.figures;
  const privacy = can(user.role, "dashboard:privacy");
  return (
    <>
      <PageHeader title={t("title")} description={t("welcome", { name: user.name })} />
      <div className="space-y-6">
        {firstRun && <FirstRunChecklist steps={firstRun} role={user.role} />}
        <FiguresAsOf computedAt={snapshot.computedAt.getTime() > 0 ? snapshot.computedAt.toISOString() : null} />
        {/* Streamed: the page and its figures show at once, the desk and the charts follow; the
            placeholders have the charts' height, so nothing moves when they arrive. */}
        {privacy && (
          <Suspense fallback={<div className="h-28 animate-pulse rounded-lg bg-slate-100" />}>
            <PrivacyDeskTiles db={db} noticesDue={stored.noticesDue} />
          </Suspense>
        )}
        <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
          <FigureTile label={t("contacts")} value={stored.contacts} testId="figure-contacts" />
          <FigureTile label={t("consentsLast30Days")} value={stored.consentsLast30Days} testId="figure-consents" />
          {privacy && (
            <>
              <FigureTile label={t("requestsOpen")} value={f.requestsOpen} testId="figure-requests-open" />
              <FigureTile
                label={t("requestsOverdue")}
                value={f.requestsOverdue}
                tone={f.requestsOverdue > 0 ? "red" : undefined}
                testId="figure-requests-overdue"
              />
              <FigureTile
                label={t("requestsDueThisWeek")}
                value={f.requestsDueThisWeek}
                tone={f.requestsDueThisWeek > 0 ? "amber" : undefined}
                testId="figure-requests-due"
              />
            </>
          )}
          {can(user.role, "campaigns:read") && (
            <FigureTile label={t("campaignsSent")} value={f.campaignsSent} testId="figure-campaigns" />
          )}
          <FigureTile label={t("activeUsers")} value={f.users} testId="figure-users" />
        </div>
        <Suspense fallback={<div className="h-80 animate-pulse rounded-lg bg-slate-100" />}>
          <DashboardCharts db={db} user={user} snapshot={snapshot} />
        </Suspense>
      </div>
    </>
  );
}
