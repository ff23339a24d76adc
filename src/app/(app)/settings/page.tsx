import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { PageHeader } from "@/components/ui/card";
import { getOrganisationSettings } from "@/features/settings/services/organisation-settings";
import { SettingsForm } from "@/features/settings/components/settings-form";
import { getOpenTracking } from "@/features/settings/services/open-tracking";
import { OpenTrackingForm } from "@/features/settings/components/open-tracking-form";
import { findActivePurposes } from "@/features/purposes";
import { DecisionStoreCard } from "@/features/outreach/components/decision-store-card";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  await requirePagePermission("settings:manage");
  const t = await getTranslations("settings");
  const db = await getDb();
  const [settings, openTracking, purposes, locale] = await Promise.all([
    getOrganisationSettings(db),
    getOpenTracking(db),
    findActivePurposes(db),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SettingsForm settings={settings} canEdit />
      <OpenTrackingForm
        setting={openTracking}
        // Only a purpose that can carry e-mail consent can cover the measuring of e-mail opens.
        purposes={purposes
          .filter((p) => p.channels.includes("email"))
          .map((p) => ({ id: p.id, name: locale === "en" ? p.nameEn : p.nameNl }))}
        canEdit
      />
      <DecisionStoreCard db={db} />
    </>
  );
}
