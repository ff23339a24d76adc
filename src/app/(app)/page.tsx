import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { PageHeader } from "@/components/ui/card";
import { getDashboardFigures } from "@/features/dashboard/services/get-dashboard-figures";
import { FigureTile } from "@/features/dashboard/components/figure-tile";

export default async function DashboardPage() {
  const user = await requirePagePermission("dashboard:view");
  const t = await getTranslations("dashboard");
  const f = await getDashboardFigures(await getDb());
  return (
    <>
      <PageHeader title={t("title")} description={t("welcome", { name: user.name })} />
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <FigureTile label={t("contacts")} value={f.contacts} testId="figure-contacts" />
        <FigureTile label={t("consentsLast30Days")} value={f.consentsLast30Days} testId="figure-consents" />
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
        <FigureTile label={t("campaignsSent")} value={f.campaignsSent} testId="figure-campaigns" />
        <FigureTile label={t("activeUsers")} value={f.users} testId="figure-users" />
      </div>
    </>
  );
}
