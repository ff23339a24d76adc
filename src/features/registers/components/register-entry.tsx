import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Alert, Badge } from "@/components/ui/card";
import type { RegisterEntry as Entry } from "../services/get-processing-register";
import { ProcessingRecordForm } from "./processing-record-form";

/** One entry of the register (AVG art. 30 lid 1 sub a-g): derived facts and the written part. */
export async function RegisterEntry({ entry, editable }: { entry: Entry; editable: boolean }) {
  const t = await getTranslations("registers");
  const format = await getFormatter();
  const en = (await getLocale()) === "en";
  const w = entry.written;
  const list = (items: string[]) =>
    items.length ? (
      <ul className="list-disc pl-5">
        {items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
    ) : (
      t("fields.none")
    );
  const rows: [string, React.ReactNode][] = [
    [t("fields.dpvPurpose"), entry.purpose.dpvPurpose],
    [t("fields.description"), w?.description || t("fields.noVersion")],
    [t("fields.bases"), list(entry.bases.map((b) => `${t(`basis.${b.basis}`)}: ${b.count}`))],
    [t("fields.dataCategories"), list(entry.dataCategories.map((c) => `${t(`category.${c.category}`)}: ${c.count}`))],
    [t("fields.subjects"), list(entry.subjectCategories.map((s) => `${t(`subject.${s.category}`)}: ${s.count}`))],
    [
      t("fields.recipients"),
      list([
        ...entry.recipients.processors.map((p) => p.name),
        t("fields.webhooks", { count: entry.recipients.webhookReceivers }),
      ]),
    ],
    [t("fields.transfers"), list(entry.transfers.map((x) => `${x.name} (${x.country}): ${x.mechanism ?? "—"}`))],
    [
      t("fields.retention"),
      t("fields.retentionText", {
        after: entry.retention.monthsAfterBasisEnds,
        without: entry.retention.monthsWithoutBasis,
      }),
    ],
    [t("fields.security"), list(entry.securityMeasures.map((m) => t(`measure.${m}`)))],
    [
      t("fields.dpia"),
      w?.dpiaReference ? `${w.dpiaReference}${w.dpiaDate ? `, ${format.dateTime(w.dpiaDate, "short")}` : ""}` : "—",
    ],
    [t("fields.lia"), w?.liaText || "—"],
  ];
  return (
    <section
      className="rounded-md p-4 ring-1 ring-slate-200"
      data-testid="register-entry"
      data-purpose={entry.purpose.key}
    >
      <h2 className="flex flex-wrap items-center gap-2 font-semibold">
        {en ? entry.purpose.nameEn : entry.purpose.nameNl}
        <Badge>{entry.purpose.key}</Badge>
      </h2>
      {w && (
        <p className="mt-1 text-xs text-slate-500">
          {t("fields.version", {
            version: w.version,
            date: format.dateTime(w.createdAt, "long"),
            name: w.createdByName ?? "—",
          })}
        </p>
      )}
      {entry.needsLegitimateInterestAssessment && !w?.liaText && (
        <div className="mt-2">
          <Alert tone="amber">{t("fields.liaMissing")}</Alert>
        </div>
      )}
      <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[14rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-600">{label}</dt>
            <dd className="whitespace-pre-line">{value}</dd>
          </div>
        ))}
      </dl>
      {editable && (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm text-brand-800">{t("form.title")}</summary>
          <div className="mt-2">
            <ProcessingRecordForm
              purposeId={entry.purpose.id}
              draft={{
                description: w?.description ?? "",
                dpiaReference: w?.dpiaReference ?? "",
                dpiaDate: w?.dpiaDate ? w.dpiaDate.toISOString().slice(0, 10) : "",
                liaText: w?.liaText ?? "",
              }}
            />
          </div>
        </details>
      )}
    </section>
  );
}
