import { getTranslations } from "next-intl/server";
import { ProcessorsToTell } from "@/features/processors/client";

type Summary = {
  type?: string;
  contacts?: number;
  noDataHeld?: boolean;
  rows?: Record<string, number>;
  suppressionEntries?: number;
  processorsToNotify?: { id: string; name: string }[];
  rectifications?: { contactId: string; fields: string[]; at: string }[];
  scopes?: string[];
};

/**
 * What the execution did, in non-personal terms: tables and row counts, suppression entries, and
 * (for an erasure) the processors that must be told (AVG art. 19). For an erasure this is all
 * that remains of the person.
 */
export async function ExecutionSummary({
  requestId,
  summary,
  notifications,
}: {
  requestId: string;
  summary: Summary;
  notifications: { processorId: string; notifiedAt: Date; notifiedByName: string | null }[];
}) {
  const t = await getTranslations("requests");
  const rows = Object.entries(summary.rows ?? {}).filter(([, n]) => n > 0);
  return (
    <div className="space-y-3 text-sm" data-testid="execution-summary">
      {summary.noDataHeld && <p>{t("summary.noDataHeld")}</p>}
      {rows.length > 0 && (
        <table className="text-left">
          <caption className="mb-1 text-left font-medium text-slate-700">
            {t(summary.type === "erasure" ? "summary.rowsErased" : "summary.rowsCovered")}
          </caption>
          <tbody>
            {rows.map(([table, n]) => (
              <tr key={table}>
                <td className="pr-4 font-mono text-xs">{table}</td>
                <td className="tabular-nums">{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {summary.suppressionEntries !== undefined && (
        <p>{t("summary.suppressed", { count: summary.suppressionEntries })}</p>
      )}
      {summary.type === "erasure" && (
        <div>
          <p className="font-medium text-slate-700">{t("summary.notifyProcessors")}</p>
          <ProcessorsToTell
            erasure={{ requestId }}
            processors={summary.processorsToNotify ?? []}
            notifications={notifications}
          />
        </div>
      )}
      {summary.rectifications?.map((r) => (
        <p key={`${r.contactId}-${r.at}`}>{t("summary.rectified", { count: r.fields.length })}</p>
      ))}
      {summary.scopes && (
        <p>
          {t("summary.objectionScopes", {
            scopes: summary.scopes.map((s) => t(`enums.objectionScope.${s}`)).join(", "),
          })}
        </p>
      )}
    </div>
  );
}
