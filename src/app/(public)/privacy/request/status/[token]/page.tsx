import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { formatLongDate } from "@/domain/calendar";
import { readRequestStatus } from "@/features/requests/services/read-request-status";
import { PublicMessage } from "@/features/signups/components/public-message";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ lang?: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("requests.public.status"))("title"), robots: { index: false } };
}

/** Where a request made on the public page stands, behind the signed link in its mail. */
export default async function RequestStatusPage({ params, searchParams }: Props) {
  const [{ token }, query, locale] = await Promise.all([params, searchParams, getLocale()]);
  const language = query.lang === "en" || query.lang === "nl" ? query.lang : locale === "en" ? "en" : "nl";
  const t = await getTranslations({ locale: language, namespace: "requests" });
  const view = await readRequestStatus(await getDb(), token);
  if (!view.ok)
    return (
      <PublicMessage title={t("public.status.invalidTitle")} lang={language}>
        <p>{t(`public.status.${view.reason === "expired" || view.reason === "unknown" ? view.reason : "invalid"}`)}</p>
      </PublicMessage>
    );
  const date = (d: Date) => formatLongDate(d, language);
  const rows: [string, string][] = [
    [t("public.status.reference"), view.reference],
    [t("public.status.type"), t(`enums.requestType.${view.type}`)],
    [t("public.status.received"), date(view.receivedAt)],
    [t("public.status.due"), date(view.dueAt)],
    [
      t("public.status.stage"),
      t(`public.status.stages.${view.stage}`, { date: view.answeredAt ? date(view.answeredAt) : "" }),
    ],
  ];
  if (view.confirmedAt) rows.push([t("public.status.confirmed"), date(view.confirmedAt)]);
  return (
    <section lang={language} className="space-y-4 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <h1 className="text-xl font-semibold">{t("public.status.title")}</h1>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={`${label}${value}`} className="contents">
            <dt className="font-medium text-slate-700">{label}</dt>
            <dd data-testid={label === t("public.status.stage") ? "request-stage" : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
      {view.extended && <p className="text-sm text-slate-700">{t("public.status.extended")}</p>}
    </section>
  );
}
