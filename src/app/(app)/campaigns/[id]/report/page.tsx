import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { isAppError } from "@/server/errors";
import { Card, PageHeader } from "@/components/ui/card";
import { ZReportFilter } from "@/features/campaigns/schemas";
import { getCampaign } from "@/features/campaigns/services/get-campaign";
import { getCampaignReport } from "@/features/campaigns/services/get-campaign-report";
import { getDeliveryFigures } from "@/features/campaigns/services/get-delivery-figures";
import { DeliveryFigures } from "@/features/campaigns/components/delivery-figures";
import { ReportTable } from "@/features/campaigns/components/report-table";

export async function generateMetadata() {
  return { title: (await getTranslations("campaigns"))("report.title") };
}

export default async function CampaignReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("campaigns:read");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const db = await getDb();
  const campaign = await getCampaign(db, id).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const filter = ZReportFilter.parse(await searchParams);
  const [report, figures] = await Promise.all([getCampaignReport(db, id, filter), getDeliveryFigures(db, id)]);
  const t = await getTranslations("campaigns");
  return (
    <>
      <PageHeader
        title={t("report.titleOf", { name: campaign.name })}
        description={
          campaign.audience.segment
            ? `${t("report.description")} ${t("audience.fromSegment", { name: campaign.audience.segment.name })}`
            : t("report.description")
        }
        actions={
          <div className="flex flex-wrap gap-2">
            <a
              href={`/api/campaigns/${id}/csv`}
              download
              className="rounded-md px-3 py-2 text-sm text-brand-700 ring-1 ring-slate-300 hover:bg-slate-50"
            >
              {t("report.exportCsv")}
            </a>
            <Link
              href={`/campaigns/${id}`}
              className="rounded-md px-3 py-2 text-sm ring-1 ring-slate-300 hover:bg-slate-50"
            >
              {t("back")}
            </Link>
          </div>
        }
      />
      <Card title={t("delivery.title")}>
        <DeliveryFigures figures={figures} />
      </Card>
      <Card>
        <ReportTable basePath={`/campaigns/${id}/report`} report={report} filter={filter} />
      </Card>
    </>
  );
}
