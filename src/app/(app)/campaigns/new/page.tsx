import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { findActivePurposes } from "@/features/purposes/services/load-purpose";
import { CampaignForm } from "@/features/campaigns/components/campaign-form";

export async function generateMetadata() {
  return { title: (await getTranslations("campaigns"))("newTitle") };
}

export default async function NewCampaignPage() {
  await requirePagePermission("campaigns:manage");
  const t = await getTranslations("campaigns");
  const lang = (await getLocale()) === "en" ? "en" : "nl";
  const purposes = (await findActivePurposes(await getDb())).filter((p) => p.channels.includes("email"));
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <Card className="max-w-3xl">
        {purposes.length === 0 ? (
          <EmptyState title={t("noPurposes")} />
        ) : (
          <CampaignForm purposes={purposes.map((p) => ({ id: p.id, name: lang === "en" ? p.nameEn : p.nameNl }))} />
        )}
      </Card>
    </>
  );
}
