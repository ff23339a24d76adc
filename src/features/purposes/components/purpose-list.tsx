import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge, EmptyState } from "@/components/ui/card";
import type { findPurposes } from "../services/find-purposes";

export async function PurposeList({ purposes }: { purposes: Awaited<ReturnType<typeof findPurposes>> }) {
  const t = await getTranslations("purposes");
  const tc = await getTranslations("consents");
  const locale = await getLocale();
  if (purposes.length === 0) return <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100">
      {purposes.map((p) => (
        <li key={p.id} className="py-3" data-testid={`purpose-${p.key}`}>
          <div className="flex flex-wrap items-center gap-2">
            <Link href={`/purposes/${p.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
              {locale === "nl" ? p.nameNl : p.nameEn}
            </Link>
            <code className="text-xs text-slate-500">{p.key}</code>
            {!p.active && <Badge tone="red">{t("inactive")}</Badge>}
            {p.directMarketing && <Badge tone="blue">{t("directMarketingShort")}</Badge>}
            <Badge>{t("versionN", { version: p.currentVersion })}</Badge>
          </div>
          <div className="mt-1 flex flex-wrap gap-1">
            {p.channels.map((c) => (
              <Badge key={c} tone="slate">
                {tc(`channels.${c}`)}
              </Badge>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}
