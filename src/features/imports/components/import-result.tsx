import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert, Card } from "@/components/ui/card";
import type { getImport } from "../services/get-import";
import type { ImportScope } from "../services/restrict";
import { UndoImportButton } from "./undo-import-button";

type Batch = Awaited<ReturnType<typeof getImport>>;

/** Counts, the first refusals (line, column, reason), which rows merged into which contact, undo. */
export async function ImportResult({ batch }: { batch: Batch; scope: ImportScope }) {
  const t = await getTranslations("imports");
  const counts = [
    ["total", batch.total ?? batch.rowsDone],
    ["created", batch.created],
    ["merged", batch.merged],
    ["suppressed", batch.suppressed],
    ["refused", batch.refused],
    ["warnings", batch.warningCount],
  ] as const;
  const undoable = !batch.dryRun && ["done", "cancelled", "failed"].includes(batch.status);
  return (
    <Card title={batch.dryRun ? t("result.titleDryRun") : t("result.title")}>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {counts.map(([key, value]) => (
          <div key={key} className="rounded-md bg-slate-50 p-3">
            <dt className="text-xs text-slate-600">{t(`result.${key}`)}</dt>
            <dd className="text-xl font-semibold" data-testid={`count-${key}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {batch.purchasedConsentIgnored > 0 && (
        <div className="mt-4">
          <Alert tone="amber">{t("result.purchasedIgnored", { count: batch.purchasedConsentIgnored })}</Alert>
        </div>
      )}
      <h3 className="mt-6 text-sm font-semibold">{t("result.refusals")}</h3>
      {batch.errors.length === 0 ? (
        <p className="text-sm text-slate-600">{t("result.noRefusals")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <thead>
              <tr className="text-left text-slate-600">
                <th scope="col" className="py-1 pr-4">
                  {t("result.line")}
                </th>
                <th scope="col" className="py-1 pr-4">
                  {t("result.field")}
                </th>
                <th scope="col" className="py-1 pr-4">
                  {t("result.reason")}
                </th>
              </tr>
            </thead>
            <tbody>
              {batch.errors.map((e, i) => (
                <tr key={i} className="border-t border-slate-200">
                  <td className="py-1 pr-4">{e.line}</td>
                  <td className="py-1 pr-4">
                    {e.field ? (t.has(`fields.${e.field}`) ? t(`fields.${e.field}`) : e.field) : ""}
                  </td>
                  <td className="py-1 pr-4">{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {batch.errorCount > batch.errors.length && (
            <p className="text-xs text-slate-500">
              {t("result.more", { shown: batch.errors.length, total: batch.errorCount })}
            </p>
          )}
        </div>
      )}
      {!batch.dryRun && batch.merges.length > 0 && (
        <>
          <h3 className="mt-6 text-sm font-semibold">{t("result.merges")}</h3>
          <p className="text-sm text-slate-600">{t(`result.onConflict.${batch.onConflict}`)}</p>
          <ul className="flex flex-wrap gap-3 text-sm">
            {batch.merges.map((m) => (
              <li key={m.line}>
                <Link className="text-brand-700 underline" href={`/contacts/${m.contactId}`}>
                  {t("result.mergedInto", { line: m.line })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {undoable && (
        <div className="mt-6">
          <UndoImportButton batchId={batch.id} />
        </div>
      )}
    </Card>
  );
}
