import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge, EmptyState } from "@/components/ui/card";
import type { findCampaigns } from "../services/get-campaign";

const TONE = {
  draft: "slate",
  scheduled: "slate",
  queued: "amber",
  sending: "amber",
  sent: "green",
  failed: "red",
} as const;

export async function CampaignList({ campaigns }: { campaigns: Awaited<ReturnType<typeof findCampaigns>> }) {
  const t = await getTranslations("campaigns");
  const format = await getFormatter();
  const lang = (await getLocale()) === "en" ? "en" : "nl";
  if (campaigns.length === 0) return <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100">
      {campaigns.map((c) => (
        <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
          <div>
            <Link href={`/campaigns/${c.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
              {c.name}
            </Link>
            <div className="text-xs text-slate-500">
              {lang === "en" ? c.purpose.nameEn : c.purpose.nameNl} ·{" "}
              {c.commercial ? t("commercial") : t("nonCommercial")} · {format.dateTime(c.createdAt, "short")}
            </div>
          </div>
          <Badge tone={TONE[c.status]}>{t(`campaignStatus.${c.status}`)}</Badge>
        </li>
      ))}
    </ul>
  );
}
