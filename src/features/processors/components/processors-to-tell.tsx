"use client";
import { useFormatter, useTranslations } from "next-intl";
import { MarkProcessorNotifiedButton } from "./mark-processor-notified-button";

export type ErasureRef = { requestId: string } | { retentionProposalId: string };

/**
 * AVG art. 19 after an erasure: the processors to tell, each either marked as told (when, by whom)
 * or with the button that marks it. Used for an erasure request and for a retention run alike.
 */
export function ProcessorsToTell({
  erasure,
  processors,
  notifications,
}: {
  erasure: ErasureRef;
  processors: { id: string; name: string }[];
  notifications: { processorId: string; notifiedAt: Date; notifiedByName: string | null }[];
}) {
  const t = useTranslations("processors.art19");
  const format = useFormatter();
  if (processors.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm" aria-label={t("title")}>
      {processors.map((p) => {
        const told = notifications.find((n) => n.processorId === p.id);
        return (
          <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span className="font-medium">{p.name}</span>
            {told ? (
              <span className="text-slate-600">
                {t("told", { date: format.dateTime(told.notifiedAt, "long"), name: told.notifiedByName ?? "—" })}
              </span>
            ) : (
              <MarkProcessorNotifiedButton erasure={erasure} processorId={p.id} processorName={p.name} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
