import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/card";
import type { BreachRow } from "../services/find-breaches";
import { ClockBadge } from "./clock-badge";

/** The breach register (AVG art. 33 lid 5): every breach, notified or not, newest first. */
export async function BreachList({ rows }: { rows: BreachRow[] }) {
  const t = await getTranslations("breaches");
  const format = await getFormatter();
  if (rows.length === 0) return <EmptyState title={t("list.empty")}>{t("list.emptyHint")}</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm" data-testid="breach-list">
        <thead className="text-slate-600">
          <tr>
            <th className="py-2 pr-3">{t("list.columns.title")}</th>
            <th className="hidden py-2 pr-3 sm:table-cell">{t("list.columns.aware")}</th>
            <th className="py-2 pr-3">{t("list.columns.clock")}</th>
            <th className="hidden py-2 pr-3 sm:table-cell">{t("list.columns.risk")}</th>
            <th className="hidden py-2 pr-3 md:table-cell">{t("list.columns.affected")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((b) => (
            <tr key={b.id}>
              <td className="py-2 pr-3">
                <Link
                  href={`/breaches/${b.id}`}
                  className="font-medium text-brand-800 underline-offset-2 hover:underline"
                >
                  {b.title}
                </Link>
              </td>
              <td className="hidden py-2 pr-3 sm:table-cell">{format.dateTime(b.awareAt, "long")}</td>
              <td className="py-2 pr-3">
                <ClockBadge clock={b.clock} />
              </td>
              <td className="hidden py-2 pr-3 sm:table-cell">{t(`risk.${b.risk}`)}</td>
              <td className="hidden py-2 pr-3 md:table-cell tabular-nums">
                {t("list.affectedCount", { affected: b.affected, notified: b.subjectsNotified })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
