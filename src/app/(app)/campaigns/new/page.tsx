import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/domain/access/permissions";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { findActivePurposes } from "@/features/purposes/services/load-purpose";
import { CampaignForm } from "@/features/campaigns/components/campaign-form";
import { segmentChoices } from "@/features/segments";
import { filterChoices } from "@/features/segments/services/filter-choices";

export async function generateMetadata() {
  return { title: (await getTranslations("campaigns"))("newTitle") };
}

export default async function NewCampaignPage({ searchParams }: { searchParams: Promise<{ segment?: string }> }) {
  const user = await requirePagePermission("campaigns:manage");
  const t = await getTranslations("campaigns");
  const lang = (await getLocale()) === "en" ? "en" : "nl";
  const db = await getDb();
  const purposes = (await findActivePurposes(db)).filter((p) => p.channels.includes("email"));
  // Segments are offered to whoever may read them (every role that manages campaigns does).
  const segments = can(user.role, "segments:read") ? await segmentChoices(db) : [];
  const choices = await filterChoices(db, lang);
  const { segment } = await searchParams;
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <Card className="max-w-3xl">
        {purposes.length === 0 ? (
          <EmptyState title={t("noPurposes")} />
        ) : (
          <CampaignForm
            purposes={purposes.map((p) => ({ id: p.id, name: lang === "en" ? p.nameEn : p.nameNl }))}
            segments={segments}
            choices={choices}
            initialSegmentId={typeof segment === "string" ? segment : ""}
          />
        )}
      </Card>
    </>
  );
}
