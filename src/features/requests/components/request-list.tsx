import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/card";
import type { RequestListRow } from "../services/find-requests";
import { DeadlineBadge } from "./deadline-badge";

const ROW_TONE = { overdue: "bg-red-50", due_this_week: "bg-amber-50", open: "", done: "" } as const;

/** Requests soonest-due first; overdue and due-this-week rows stand out (AVG art. 12 lid 3). */
export async function RequestList({ rows, empty, testId }: { rows: RequestListRow[]; empty: string; testId: string }) {
  const t = await getTranslations("requests");
  const format = await getFormatter();
  if (rows.length === 0) return <EmptyState title={empty} />;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm" data-testid={testId}>
        <thead className="text-slate-600">
          <tr>
            <th className="py-2 pr-3">{t("list.columns.requester")}</th>
            <th className="py-2 pr-3">{t("list.columns.type")}</th>
            <th className="hidden py-2 pr-3 sm:table-cell">{t("list.columns.received")}</th>
            <th className="py-2 pr-3">{t("list.columns.due")}</th>
            <th className="py-2 pr-3">{t("list.columns.status")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.id} className={ROW_TONE[r.deadline]} data-deadline={r.deadline}>
              <td className="py-2 pr-3">
                <Link
                  href={`/requests/${r.id}`}
                  className="font-medium text-brand-800 underline-offset-2 hover:underline"
                >
                  {r.requesterName ?? t("list.requesterErased")}
                </Link>
                <div className="text-xs text-slate-500">{t("list.linkedContacts", { count: r.linkedContacts })}</div>
              </td>
              <td className="py-2 pr-3">{t(`enums.requestType.${r.type}`)}</td>
              <td className="hidden py-2 pr-3 sm:table-cell">{format.dateTime(r.receivedAt, "short")}</td>
              <td className="py-2 pr-3">
                <div>{format.dateTime(r.dueAt, "short")}</div>
                <DeadlineBadge deadline={r.deadline} label={t(`enums.deadline.${r.deadline}`)} />
              </td>
              <td className="py-2 pr-3">{t(`enums.status.${r.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
