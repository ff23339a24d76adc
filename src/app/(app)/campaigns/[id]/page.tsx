import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { can } from "@/domain/access/permissions";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { isAppError } from "@/server/errors";
import { Card, PageHeader } from "@/components/ui/card";
import { countRecipients, getCampaign } from "@/features/campaigns/services/get-campaign";
import { previewCampaign } from "@/features/campaigns/services/preview-campaign";
import { AudiencePreview } from "@/features/outreach";
import { CampaignProgress } from "@/features/campaigns/components/campaign-progress";
import { CampaignSendControls } from "@/features/campaigns/components/campaign-send-controls";
import { CampaignScheduled, CampaignScheduleForm } from "@/features/campaigns/components/campaign-schedule-controls";
import { previewDesign } from "@/features/campaigns/services/preview-design";
import { toLocalInput } from "@/features/outreach/time-travel";

async function load(id: string) {
  if (!z.uuid().safeParse(id).success) notFound();
  try {
    return await getCampaign(await getDb(), id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  return { title: (await load((await params).id)).name };
}

export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("campaigns:read");
  const { id } = await params;
  const db = await getDb();
  const c = await load(id);
  const t = await getTranslations("campaigns");
  const lang = (await getLocale()) === "en" ? "en" : "nl";
  const format = await getFormatter();
  const draft = c.status === "draft";
  const scheduled = c.status === "scheduled";
  const manage = can(user.role, "campaigns:manage");
  const [summary, counts, design] = await Promise.all([
    draft || scheduled ? previewCampaign(db, c.id) : null,
    draft || scheduled ? null : countRecipients(db, c.id),
    c.format === "markdown" ? previewDesign(db, { subject: c.subject, body: c.body, commercial: c.commercial }) : null,
  ]);
  return (
    <>
      <PageHeader
        title={c.name}
        description={`${lang === "en" ? c.purpose.nameEn : c.purpose.nameNl} · ${c.commercial ? t("commercial") : t("nonCommercial")}`}
        actions={
          !draft && !scheduled ? (
            <Link
              href={`/campaigns/${c.id}/report`}
              className="rounded-md px-3 py-2 text-sm text-brand-700 ring-1 ring-slate-300 hover:bg-slate-50"
            >
              {t("report.open")}
            </Link>
          ) : undefined
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("message")}>
          <p className="font-medium">{design ? design.subject : c.subject}</p>
          {design ? (
            <iframe
              title={t("design.preview")}
              sandbox=""
              srcDoc={design.html}
              className="mt-2 h-[32rem] w-full rounded-md bg-white ring-1 ring-slate-200"
            />
          ) : (
            <p className="mt-2 whitespace-pre-line text-sm text-slate-700">{c.body}</p>
          )}
        </Card>
        {summary ? (
          <Card title={t("preview.title")}>
            <p className="mb-3 text-sm text-slate-600">{t("preview.intro")}</p>
            {c.audience.segment && (
              <p className="mb-3 text-sm" data-testid="campaign-segment">
                {t("audience.fromSegment", { name: c.audience.segment.name })}
              </p>
            )}
            <AudiencePreview summary={summary} />
            {manage && draft && (
              <div className="mt-6 space-y-6">
                <CampaignSendControls campaignId={c.id} allowed={summary.allowed} />
                <CampaignScheduleForm campaignId={c.id} min={toLocalInput(new Date())} />
              </div>
            )}
            {scheduled && c.scheduledFor && (
              <div className="mt-6">
                {manage ? (
                  <CampaignScheduled campaignId={c.id} when={format.dateTime(c.scheduledFor, "long")} />
                ) : (
                  <p className="text-sm">
                    {t("schedule.scheduledFor", { when: format.dateTime(c.scheduledFor, "long") })}
                  </p>
                )}
              </div>
            )}
          </Card>
        ) : (
          <Card title={t("progress.title")}>{counts && <CampaignProgress status={c.status} counts={counts} />}</Card>
        )}
      </div>
    </>
  );
}
