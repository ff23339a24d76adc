import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/domain/access/permissions";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { findActivePurposes } from "@/features/purposes/services/load-purpose";
import { findMailings } from "@/features/mailings/services/find-mailings";
import { MailingForm } from "@/features/mailings/components/mailing-form";
import { MailingList } from "@/features/mailings/components/mailing-list";
import { filterChoices } from "@/features/segments/services/filter-choices";

export async function generateMetadata() {
  return { title: (await getTranslations("mailings"))("title") };
}

export default async function MailingsPage() {
  const user = await requirePagePermission("mailings:export");
  const t = await getTranslations("mailings");
  const lang = (await getLocale()) === "en" ? "en" : "nl";
  const db = await getDb();
  const [purposes, mailings, choices] = await Promise.all([
    findActivePurposes(db),
    findMailings(db),
    filterChoices(db, lang),
  ]);
  const postal = purposes.filter((p) => p.channels.includes("post"));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2" title={t("listTitle")}>
          <MailingList mailings={mailings} canReadReport={can(user.role, "campaigns:read")} />
        </Card>
        <Card title={t("newTitle")}>
          <p className="mb-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
            {t("objectionNotice")}
          </p>
          {postal.length === 0 ? (
            <EmptyState title={t("noPurposes")} />
          ) : (
            <MailingForm
              purposes={postal.map((p) => ({ id: p.id, name: lang === "en" ? p.nameEn : p.nameNl }))}
              choices={choices}
            />
          )}
        </Card>
      </div>
    </>
  );
}
