import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/card";
import type { findMailings } from "../services/find-mailings";

export async function MailingList({
  mailings,
  canReadReport,
}: {
  mailings: Awaited<ReturnType<typeof findMailings>>;
  canReadReport: boolean;
}) {
  const t = await getTranslations("mailings");
  const format = await getFormatter();
  const lang = (await getLocale()) === "en" ? "en" : "nl";
  if (mailings.length === 0) return <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100">
      {mailings.map((m) => (
        <li
          key={m.id}
          className="flex flex-wrap items-center justify-between gap-2 py-3"
          data-testid={`mailing-${m.id}`}
        >
          <div>
            <div className="font-medium">{m.name}</div>
            <div className="text-xs text-slate-500">
              {lang === "en" ? m.purpose.nameEn : m.purpose.nameNl} · {format.dateTime(m.createdAt, "short")}
            </div>
            <div className="text-sm">{t("counts", { included: m.included, excluded: m.excluded })}</div>
          </div>
          <div className="flex gap-2 text-sm">
            {canReadReport && (
              <Link
                href={`/campaigns/${m.id}/report`}
                className="rounded-md px-3 py-2 ring-1 ring-slate-300 hover:bg-slate-50"
              >
                {t("decisions")}
              </Link>
            )}
            {m.status === "sent" && (
              <a
                href={`/api/mailings/${m.id}/csv`}
                className="rounded-md bg-brand-700 px-3 py-2 font-medium text-white"
                download
              >
                {t("download")}
              </a>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
