"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { RecipientCounts } from "../services/get-campaign";

/** Progress of a sending campaign; refreshes itself while the background worker is busy. */
export function CampaignProgress({ status, counts }: { status: string; counts: RecipientCounts }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const busy = status === "queued" || status === "sending";
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [busy, router]);
  const done = counts.sent + counts.blocked + counts.failed;
  const pct = counts.total ? Math.round((done / counts.total) * 100) : 0;
  return (
    <div className="space-y-2" data-testid="campaign-progress">
      <div
        className="h-2 w-full overflow-hidden rounded bg-slate-100"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={busy ? pct : 100}
        aria-label={t("progress.label")}
      >
        <div className="h-full bg-brand-700 transition-all" style={{ width: `${busy ? pct : 100}%` }} />
      </div>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        {(["sent", "blocked", "failed", "pending"] as const).map((s) => (
          <div key={s} className="rounded-md bg-slate-50 p-2">
            <dt className="text-slate-600">{t(`status.${s}`)}</dt>
            <dd className="text-lg font-semibold" data-testid={`count-${s}`}>
              {counts[s]}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-slate-600" aria-live="polite">
        {t(`campaignStatus.${status}`)}
      </p>
    </div>
  );
}
