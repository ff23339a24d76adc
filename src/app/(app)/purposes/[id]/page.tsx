import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { getPurpose } from "@/features/purposes/services/find-purposes";
import { NoticeForm } from "@/features/purposes/components/notice-form";
import { NoticeHistory } from "@/features/purposes/components/notice-history";
import { PurposeSettingsForm } from "@/features/purposes/components/purpose-settings-form";
import { getOutreachPolicy } from "@/features/outreach";

export default async function PurposePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("purposes:manage");
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const db = await getDb();
  const [purpose, policy] = await Promise.all([getPurpose(db, id), getOutreachPolicy(db)]);
  if (!purpose) notFound();
  const t = await getTranslations("purposes");
  const tc = await getTranslations("consents");
  const locale = await getLocale();
  const current = purpose.notices.find((n) => n.version === purpose.currentVersion) ?? purpose.notices[0];
  return (
    <>
      <Link href="/purposes" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <PageHeader
        title={locale === "nl" ? purpose.nameNl : purpose.nameEn}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <code>{purpose.key}</code>
            {purpose.channels.map((c) => (
              <Badge key={c}>{tc(`channels.${c}`)}</Badge>
            ))}
            {purpose.directMarketing && <Badge tone="blue">{t("directMarketingShort")}</Badge>}
            {!purpose.active && <Badge tone="red">{t("inactive")}</Badge>}
            <span>{t("consentCount", { count: purpose._count.consents })}</span>
          </span>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("noticeTitle")}>
          <NoticeForm purposeId={purpose.id} textNl={current?.textNl ?? ""} textEn={current?.textEn ?? ""} />
        </Card>
        <Card title={t("settingsTitle")}>
          <PurposeSettingsForm
            purposeId={purpose.id}
            nameNl={purpose.nameNl}
            nameEn={purpose.nameEn}
            dpvPurpose={purpose.dpvPurpose}
            active={purpose.active}
            firstCallMonths={
              purpose.channels.includes("phone")
                ? { value: purpose.firstCallMonths, organisationDefault: policy.settings.phoneFirstCallMonths }
                : undefined
            }
          />
        </Card>
        <Card title={t("historyTitle")} className="lg:col-span-2">
          <NoticeHistory notices={purpose.notices} currentVersion={purpose.currentVersion} />
        </Card>
      </div>
    </>
  );
}
