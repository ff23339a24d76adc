import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import type { SegmentSummary } from "../services/find-segments";

/** Name, live count and last change; sortable by name or by last change (links, so it works without script). */
export async function SegmentList(props: { segments: SegmentSummary[]; sort: "name" | "updated"; manage: boolean }) {
  const t = await getTranslations("segments");
  const format = await getFormatter();
  if (props.segments.length === 0) {
    return (
      <EmptyState title={t("emptyTitle")}>
        <p>{t("whatIs")}</p>
        {props.manage && (
          <Link href="/segments/new" className={buttonClass("primary", "mt-4")}>
            {t("new")}
          </Link>
        )}
      </EmptyState>
    );
  }
  const sortLink = (sort: "name" | "updated", label: string) => (
    <Link
      href={`/segments?sort=${sort}`}
      aria-current={props.sort === sort ? "true" : undefined}
      className="underline-offset-2 hover:underline aria-[current=true]:font-semibold"
    >
      {label}
    </Link>
  );
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">
        {t("sortBy")} {sortLink("name", t("sortName"))} · {sortLink("updated", t("sortUpdated"))}
      </p>
      <ul className="divide-y divide-slate-100">
        {props.segments.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
            <div className="min-w-0">
              <Link
                href={`/segments/${s.id}`}
                className="font-medium break-words text-brand-700 underline-offset-2 hover:underline"
              >
                {s.name}
              </Link>
              <div className="text-xs text-slate-500">
                {t("updated", { when: format.dateTime(s.updatedAt, "short") })}
              </div>
            </div>
            <span className="text-sm" data-testid={`segment-count-${s.id}`}>
              {t("count", { count: s.count })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
