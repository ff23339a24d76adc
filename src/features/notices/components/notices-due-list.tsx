import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, EmptyState } from "@/components/ui/card";
import type { findNoticesDue } from "../services/find-notices-due";

type Page = Awaited<ReturnType<typeof findNoticesDue>>;

const ROW_TONE = (r: { overdue: boolean; dueSoon: boolean }) =>
  r.overdue ? "bg-red-50" : r.dueSoon ? "bg-amber-50" : "";

/**
 * Contacts still owed the art. 14 notice, earliest deadline first; overdue rows red, due within
 * seven days amber, with where the data came from and when. A table that scrolls on a phone.
 */
export async function NoticesDueList({ page }: { page: Page }) {
  const [t, tc, format] = await Promise.all([getTranslations("notices"), getTranslations("contacts"), getFormatter()]);
  if (page.total === 0) return <EmptyState title={t("list.emptyTitle")}>{t("list.emptyBody")}</EmptyState>;
  const link = (p: number) => `/notices${p > 1 ? `?page=${p}` : ""}`;
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm" data-testid="notices-due">
          <caption className="sr-only">{t("list.caption")}</caption>
          <thead className="text-slate-600">
            <tr>
              <th className="py-2 pr-3">{t("list.columns.contact")}</th>
              <th className="py-2 pr-3">{t("list.columns.source")}</th>
              <th className="hidden py-2 pr-3 sm:table-cell">{t("list.columns.collected")}</th>
              <th className="py-2 pr-3">{t("list.columns.deadline")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {page.results.map((r) => (
              <tr
                key={r.contactId}
                className={ROW_TONE(r)}
                data-status={r.overdue ? "overdue" : r.dueSoon ? "due_soon" : "open"}
              >
                <td className="py-2 pr-3">
                  <Link
                    href={`/contacts/${r.contactId}`}
                    className="font-medium text-brand-800 underline-offset-2 hover:underline"
                  >
                    {r.name}
                  </Link>
                  {r.company && <div className="text-xs text-slate-500">{r.company}</div>}
                </td>
                <td className="py-2 pr-3">
                  <div>{tc(`sourceTypes.${r.sourceType}`)}</div>
                  {r.sourceDetail && <div className="text-xs text-slate-500">{r.sourceDetail}</div>}
                </td>
                <td className="hidden py-2 pr-3 sm:table-cell">{format.dateTime(r.collectedAt, "short")}</td>
                <td className="py-2 pr-3">
                  <div>{format.dateTime(r.deadline, "short")}</div>
                  <div className="mt-1 flex flex-wrap gap-1">
                    {r.overdue ? (
                      <Badge tone="red">{t("overdue")}</Badge>
                    ) : r.dueSoon ? (
                      <Badge tone="amber">{t("dueSoon")}</Badge>
                    ) : null}
                    {r.deadlineReason === "first_communication" && <Badge>{t("list.afterContact")}</Badge>}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page.pages > 1 && (
        <nav aria-label={t("list.pagination")} className="flex flex-wrap items-center gap-3 text-sm">
          {page.page > 1 && (
            <Link href={link(page.page - 1)} className="text-brand-800 underline" rel="prev">
              {t("list.previous")}
            </Link>
          )}
          <span>{t("list.pageOf", { page: page.page, pages: page.pages })}</span>
          {page.page < page.pages && (
            <Link href={link(page.page + 1)} className="text-brand-800 underline" rel="next">
              {t("list.next")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
