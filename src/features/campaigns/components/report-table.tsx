import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { RULES, type RuleId } from "@/domain/outreach";
import { Badge, EmptyState } from "@/components/ui/card";
import { evidenceHref } from "@/features/outreach";
import { RECIPIENT_STATUSES, type TReportFilter } from "../schemas";
import type { getCampaignReport } from "../services/get-campaign-report";

type Report = Awaited<ReturnType<typeof getCampaignReport>>;
const TONE = { sent: "green", blocked: "red", failed: "amber", pending: "slate" } as const;

/** Who got what and why, filterable by status and rule (a GET form: shareable, works without JS). */
export async function ReportTable({
  basePath,
  report,
  filter,
}: {
  basePath: string;
  report: Report;
  filter: TReportFilter;
}) {
  const t = await getTranslations("campaigns");
  const to = await getTranslations("outreach");
  const format = await getFormatter();
  const lang = (await getLocale()) === "en" ? "en" : "nl";
  const title = (rule: string | null) => (rule && rule in RULES ? RULES[rule as RuleId].title[lang] : (rule ?? "—"));
  const rules = [...new Set(report.groups.map((g) => g.rule).filter((r): r is string => !!r))];
  const query = (page: number) =>
    `${basePath}?${new URLSearchParams({ ...(filter.status ? { status: filter.status } : {}), ...(filter.rule ? { rule: filter.rule } : {}), page: String(page) })}`;
  return (
    <div className="space-y-4">
      <div>
        <h3 className="mb-1 text-sm font-semibold">{t("report.byRule")}</h3>
        <ul className="flex flex-wrap gap-2 text-sm">
          {report.groups.map((g) => (
            <li key={`${g.status}-${g.rule}`}>
              <Link
                href={`${basePath}?status=${g.status}${g.rule ? `&rule=${g.rule}` : ""}`}
                className="inline-flex items-center gap-1 rounded-md px-2 py-1 ring-1 ring-slate-200 hover:bg-slate-50"
              >
                <Badge tone={TONE[g.status]}>{t(`status.${g.status}`)}</Badge> {title(g.rule)}{" "}
                <span className="font-semibold">{g.count}</span>
              </Link>
            </li>
          ))}
        </ul>
      </div>
      <form method="get" action={basePath} className="flex flex-wrap items-end gap-3" aria-label={t("report.filter")}>
        <label className="text-sm" htmlFor="report-status">
          <span className="block font-medium">{t("report.status")}</span>
          <select
            id="report-status"
            name="status"
            defaultValue={filter.status ?? ""}
            className="rounded-md border border-slate-300 bg-white px-2 py-2"
          >
            <option value="">{t("report.all")}</option>
            {RECIPIENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm" htmlFor="report-rule">
          <span className="block font-medium">{t("report.rule")}</span>
          <select
            id="report-rule"
            name="rule"
            defaultValue={filter.rule ?? ""}
            className="rounded-md border border-slate-300 bg-white px-2 py-2"
          >
            <option value="">{t("report.all")}</option>
            {rules.map((r) => (
              <option key={r} value={r}>
                {title(r)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-white px-3 py-2 text-sm ring-1 ring-slate-300 hover:bg-slate-50">
          {t("report.apply")}
        </button>
      </form>
      {report.rows.length === 0 ? (
        <EmptyState title={t("report.empty")} />
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm" aria-label={t("report.title")}>
            <thead className="text-slate-600">
              <tr>
                <th className="py-2 pr-3">{t("report.contact")}</th>
                <th className="py-2 pr-3">{t("report.status")}</th>
                <th className="py-2 pr-3">{t("report.why")}</th>
                <th className="py-2">{t("report.when")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {report.rows.map((r) => (
                <tr key={r.id} data-testid={`recipient-${r.contactId}`} className="align-top">
                  <td className="py-2 pr-3">
                    <Link href={`/contacts/${r.contactId}`} className="font-medium text-brand-700 hover:underline">
                      {r.name}
                    </Link>
                    {r.company && <div className="text-xs text-slate-500">{r.company}</div>}
                    {r.toAddress && <div className="text-xs text-slate-500">{r.toAddress}</div>}
                  </td>
                  <td className="py-2 pr-3">
                    <Badge tone={TONE[r.status]}>{t(`status.${r.status}`)}</Badge>
                  </td>
                  <td className="py-2 pr-3">
                    <div>{title(r.rule)}</div>
                    <div className="text-xs text-slate-500">
                      {r.citation}
                      {r.evidence.map((e) => {
                        const href = evidenceHref(r.contactId, e);
                        const label = to.has(`evidence.${e.type}`) ? to(`evidence.${e.type}`) : e.type;
                        return (
                          <span key={`${e.type}-${e.id}`}>
                            {" "}
                            ·{" "}
                            {href ? (
                              <a className="underline" href={href}>
                                {label}
                              </a>
                            ) : (
                              label
                            )}
                          </span>
                        );
                      })}
                    </div>
                    {r.error && <div className="text-xs text-amber-800">{r.error}</div>}
                  </td>
                  <td className="py-2 text-xs text-slate-600">
                    {r.sentAt
                      ? format.dateTime(r.sentAt, "long")
                      : r.decidedAt
                        ? format.dateTime(r.decidedAt, "long")
                        : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.pages > 1 && (
        <nav className="flex items-center gap-3 text-sm" aria-label={t("report.pages")}>
          {filter.page > 1 && (
            <Link href={query(filter.page - 1)} className="underline">
              {t("report.previous")}
            </Link>
          )}
          <span>{t("report.page", { page: filter.page, pages: report.pages })}</span>
          {filter.page < report.pages && (
            <Link href={query(filter.page + 1)} className="underline">
              {t("report.next")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
