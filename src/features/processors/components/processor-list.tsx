import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, EmptyState } from "@/components/ui/card";
import type { ProcessorRow } from "../services/find-processors";
import { ProcessorForm } from "./processor-form";
import { SubProcessorForm } from "./sub-processor-form";

const TONE = {
  agreement_missing: "red",
  review_overdue: "red",
  transfer_without_mechanism: "red",
  review_due_soon: "amber",
} as const;
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** The processors register (AVG art. 28, art. 30 lid 1 sub d/e): agreements, sub-processors, transfers. */
export async function ProcessorList({
  rows,
  purposes,
}: {
  rows: ProcessorRow[];
  purposes: { id: string; name: string }[];
}) {
  const t = await getTranslations("processors");
  const format = await getFormatter();
  if (rows.length === 0) return <EmptyState title={t("list.empty")}>{t("list.emptyHint")}</EmptyState>;
  const purposeName = new Map(purposes.map((p) => [p.id, p.name]));
  return (
    <ul className="space-y-4" data-testid="processor-list">
      {rows.map((p) => (
        <li key={p.id} className="rounded-md p-4 ring-1 ring-slate-200" data-testid="processor">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="font-semibold">{p.name}</h3>
            <Badge>{p.location}</Badge>
            {p.warnings.map((w) => (
              <Badge key={w} tone={TONE[w]}>
                {t(`warning.${w}`)}
              </Badge>
            ))}
          </div>
          {p.description && <p className="mt-1 text-sm text-slate-600">{p.description}</p>}
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[14rem_1fr]">
            <dt className="text-slate-600">{t("fields.agreementSignedAt")}</dt>
            <dd>{p.agreementSignedAt ? format.dateTime(p.agreementSignedAt, "short") : "—"}</dd>
            <dt className="text-slate-600">{t("fields.agreementReviewAt")}</dt>
            <dd>{p.agreementReviewAt ? format.dateTime(p.agreementReviewAt, "short") : "—"}</dd>
            <dt className="text-slate-600">{t("fields.agreementReference")}</dt>
            <dd className="break-all">{p.agreementReference ?? "—"}</dd>
            <dt className="text-slate-600">{t("fields.transferMechanism")}</dt>
            <dd>{p.transferMechanism ?? "—"}</dd>
            <dt className="text-slate-600">{t("fields.purposes")}</dt>
            <dd>{p.purposeIds.map((id) => purposeName.get(id) ?? id).join(", ") || "—"}</dd>
          </dl>
          <h4 className="mt-3 text-sm font-medium">{t("sub.title")}</h4>
          {p.subProcessors.length === 0 ? (
            <p className="text-sm text-slate-600">{t("sub.none")}</p>
          ) : (
            <ul className="mt-1 space-y-1 text-sm">
              {p.subProcessors.map((s) => (
                <li key={s.id}>
                  {`${s.name}${s.service ? ` (${s.service})` : ""} · ${s.location}`}
                  {" · "}
                  {s.authorisedAt
                    ? t("sub.authorised", { date: format.dateTime(s.authorisedAt, "short") })
                    : t("sub.notAuthorised")}
                  {s.warnings
                    .filter((w) => w === "transfer_without_mechanism")
                    .map((w) => (
                      <Badge key={w} tone="red">
                        {t(`warning.${w}`)}
                      </Badge>
                    ))}
                </li>
              ))}
            </ul>
          )}
          <details className="mt-3">
            <summary className="cursor-pointer text-sm text-brand-800">{t("sub.add")}</summary>
            <div className="mt-2">
              <SubProcessorForm processorId={p.id} />
            </div>
          </details>
          <details className="mt-2">
            <summary className="cursor-pointer text-sm text-brand-800">{t("form.editTitle")}</summary>
            <div className="mt-2">
              <ProcessorForm
                purposes={purposes}
                draft={{
                  id: p.id,
                  name: p.name,
                  description: p.description,
                  contactEmail: p.contactEmail ?? "",
                  agreementSignedAt: day(p.agreementSignedAt),
                  agreementReference: p.agreementReference ?? "",
                  agreementReviewAt: day(p.agreementReviewAt),
                  location: p.location,
                  transferMechanism: p.transferMechanism ?? "",
                  purposeIds: p.purposeIds,
                }}
              />
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
