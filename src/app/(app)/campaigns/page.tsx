import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/domain/access/permissions";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { findCampaigns } from "@/features/campaigns/services/get-campaign";
import { CampaignList } from "@/features/campaigns/components/campaign-list";

export async function generateMetadata() {
  return { title: (await getTranslations("campaigns"))("title") };
}

export default async function CampaignsPage() {
  const user = await requirePagePermission("campaigns:read");
  const t = await getTranslations("campaigns");
  const campaigns = await findCampaigns(await getDb());
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          can(user.role, "campaigns:manage") ? (
            <Link href="/campaigns/new" className={buttonClass()}>
              {t("new")}
            </Link>
          ) : undefined
        }
      />
      <Card>
        <CampaignList campaigns={campaigns} />
      </Card>
    </>
  );
}
