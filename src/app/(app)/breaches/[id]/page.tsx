import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, PageHeader } from "@/components/ui/card";
import { isLate } from "@/domain/breaches";
import { getBreach } from "@/features/breaches/services/find-breaches";
import { BreachFacts, NotificationHistory } from "@/features/breaches/components/breach-facts";
import { NotificationForm } from "@/features/breaches/components/notification-form";
import { AssessForm } from "@/features/breaches/components/assess-form";
import { AffectedPanel } from "@/features/breaches/components/affected-panel";
import { draftSubjectNotice } from "@/features/breaches/notice-text";
import { getOrganisationSettings } from "@/features/settings/services/organisation-settings";
import { toDateTimeLocal } from "@/features/requests/date-time-local";

export default async function BreachPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("breaches:manage");
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const db = await getDb();
  const breach = await getBreach(db, id);
  if (!breach) notFound();
  const t = await getTranslations("breaches");
  const locale = await getLocale();
  const [settings, campaigns, purposes] = await Promise.all([
    getOrganisationSettings(db),
    db.campaign.findMany({ select: { id: true, name: true }, orderBy: { createdAt: "desc" }, take: 100 }),
    db.purpose.findMany({ select: { id: true, nameNl: true, nameEn: true }, orderBy: { key: "asc" } }),
  ]);
  const now = new Date();
  const hasInitial = breach.notifications.some((n) => n.phase === "initial");
  return (
    <>
      <PageHeader title={breach.title} description={t("detail.description")} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("detail.facts")}>
          <BreachFacts breach={breach} />
        </Card>
        <div className="space-y-6">
          <Card title={t("notify.title")}>
            <NotificationHistory breach={breach} />
            <div className="mt-4">
              <NotificationForm
                breachId={breach.id}
                hasInitial={hasInitial}
                defaultSentAt={toDateTimeLocal(now)}
                lateIfNow={isLate(breach.awareAt, now)}
              />
            </div>
          </Card>
          <Card title={t("assess.title")}>
            <AssessForm breachId={breach.id} risk={breach.risk} notNotifiedReason={breach.notNotifiedReason} />
          </Card>
        </div>
      </div>
      <Card title={t("affected.title")} className="mt-6">
        <AffectedPanel
          breachId={breach.id}
          highRisk={breach.risk === "high_risk"}
          campaigns={campaigns}
          purposes={purposes.map((p) => ({ id: p.id, name: locale === "en" ? p.nameEn : p.nameNl }))}
          pendingWithAddress={breach.affectedCount - breach.affectedNotified - breach.affectedWithoutAddress}
          draft={draftSubjectNotice({
            organisationName: settings.organisationName,
            controllerEmail: settings.controllerEmail,
            description: breach.description,
            consequences: breach.consequences,
            measures: breach.measures,
          })}
        />
      </Card>
    </>
  );
}
