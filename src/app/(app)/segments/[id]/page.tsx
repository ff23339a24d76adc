import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/domain/access/permissions";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { AudiencePreview } from "@/features/outreach";
import { ZBreakdownQuery } from "@/features/segments/schemas";
import { filterChoices } from "@/features/segments/services/filter-choices";
import { previewSegment } from "@/features/segments/services/preview-segment";
import { BreakdownForm } from "@/features/segments/components/breakdown-form";
import { DeleteSegmentButton } from "@/features/segments/components/delete-segment-button";
import { loadSegment } from "./load";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  return { title: (await loadSegment((await params).id)).name };
}

export default async function SegmentPage(props: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const user = await requirePagePermission("segments:read");
  const segment = await loadSegment((await props.params).id);
  const t = await getTranslations("segments");
  const db = await getDb();
  const { purposes } = await filterChoices(db, (await getLocale()) === "en" ? "en" : "nl");
  const query = ZBreakdownQuery.parse(await props.searchParams);
  const choice =
    query.purposeId && purposes.some((p) => p.id === query.purposeId) ? { ...query, purposeId: query.purposeId } : null;
  const { count, summary } = await previewSegment(db, segment.id, choice);
  const manage = can(user.role, "segments:manage");
  return (
    <>
      <PageHeader
        title={segment.name}
        description={segment.description ?? undefined}
        actions={
          manage ? (
            <div className="flex flex-wrap gap-2">
              <Link href={`/segments/${segment.id}/edit`} className={buttonClass("secondary")}>
                {t("edit")}
              </Link>
              {can(user.role, "campaigns:manage") && (
                <Link href={`/campaigns/new?segment=${segment.id}`} className={buttonClass()}>
                  {t("useInCampaign")}
                </Link>
              )}
            </div>
          ) : undefined
        }
      />
      <div className="space-y-6">
        <Card>
          <p className="text-sm text-slate-600">{t("liveCount")}</p>
          <p className="text-3xl font-semibold" data-testid="segment-count">
            {count}
          </p>
          <p className="mt-2 text-xs text-slate-500">{t("liveCountNote")}</p>
        </Card>
        <Card>
          <h2 className="mb-1 font-semibold">{t("breakdown.title")}</h2>
          <p className="mb-4 text-sm text-slate-600">{t("breakdown.intro")}</p>
          <BreakdownForm purposes={purposes} value={query} />
          {summary && (
            <div className="mt-6">
              <AudiencePreview summary={summary} />
            </div>
          )}
        </Card>
        {manage && <DeleteSegmentButton segmentId={segment.id} name={segment.name} />}
      </div>
    </>
  );
}
