import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { PageHeader } from "@/components/ui/card";
import { getOrganisationSettings } from "@/features/settings/services/organisation-settings";
import { SettingsForm } from "@/features/settings/components/settings-form";
import { DecisionStoreCard } from "@/features/outreach/components/decision-store-card";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  await requirePagePermission("settings:manage");
  const t = await getTranslations("settings");
  const db = await getDb();
  const settings = await getOrganisationSettings(db);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SettingsForm settings={settings} canEdit />
      <DecisionStoreCard db={db} />
    </>
  );
}
