import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { getRetentionOverview } from "@/features/retention/services/get-retention-overview";
import { ProposalControls } from "@/features/retention/components/proposal-controls";
import { RetentionSettingsForm } from "@/features/retention/components/retention-settings-form";
import { ProcessorsToTell } from "@/features/processors/client";

export async function generateMetadata() {
  return { title: (await getTranslations("retention"))("title") };
}

/** Retention that runs itself: the daily proposal with its preview, the periods and switches. */
export default async function RetentionPage() {
  await requirePagePermission("retention:manage");
  const t = await getTranslations("retention");
  const format = await getFormatter();
  const locale = await getLocale();
  const o = await getRetentionOverview(await getDb());
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title={t("proposal.title")}>
            <p className="mb-3 text-sm text-slate-600">
              {o.lastRunAt
                ? t("proposal.lastRun", { at: format.dateTime(o.lastRunAt, "long") })
                : t("proposal.neverRun")}
              {" · "}
              {t("proposal.held", { count: o.held })}
            </p>
            {o.pending && o.remaining > 0 ? (
              <>
                <p className="mb-3 text-sm font-medium" data-testid="retention-pending">
                  {t("proposal.pending", { count: o.remaining, at: format.dateTime(o.pending.createdAt, "long") })}
                </p>
                <div className="mb-4 max-h-96 overflow-auto">
                  <table className="min-w-full text-left text-sm" data-testid="retention-preview">
                    <thead className="text-slate-600">
                      <tr>
                        <th className="py-2 pr-3">{t("proposal.columns.contact")}</th>
                        <th className="py-2 pr-3">{t("proposal.columns.reason")}</th>
                        <th className="hidden py-2 pr-3 sm:table-cell">{t("proposal.columns.expired")}</th>
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-slate-100">
                      {o.preview.map((c) => (
                        <tr key={c.contactId}>
                          <td className="py-2 pr-3">
                            <Link
                              href={`/contacts/${c.contactId}`}
                              className="text-brand-800 underline-offset-2 hover:underline"
                            >
                              {`${c.contact.firstName} ${c.contact.lastName}`}
                            </Link>
                            {c.contact.company && (
                              <div className="text-xs text-slate-500">{c.contact.company.name}</div>
                            )}
                          </td>
                          <td className="py-2 pr-3">{t(`reason.${c.reason}`)}</td>
                          <td className="hidden py-2 pr-3 sm:table-cell">{format.dateTime(c.expiredAt, "short")}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  {o.remaining > o.preview.length && (
                    <p className="mt-2 text-xs text-slate-500">
                      {t("proposal.more", { count: o.remaining - o.preview.length })}
                    </p>
                  )}
                </div>
                <ProposalControls proposalId={o.pending.id} count={o.remaining} />
              </>
            ) : (
              <>
                <EmptyState title={t("proposal.none")}>{t("proposal.noneHint")}</EmptyState>
                <div className="mt-4">
                  <ProposalControls proposalId={null} count={0} />
                </div>
              </>
            )}
          </Card>
          <Card title={t("history.title")}>
            {o.history.length === 0 ? (
              <p className="text-sm text-slate-600">{t("history.empty")}</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {o.history.map((h) => (
                  <li key={h.id} className="space-y-1">
                    <p>
                      {t("history.row", {
                        at: format.dateTime(h.createdAt, "long"),
                        status: t(`status.${h.status}`),
                        candidates: h.candidateCount,
                        erased: h.erasedCount,
                      })}
                    </p>
                    {h.processorsToNotify.length > 0 && (
                      <div className="ml-4" data-testid="retention-processors">
                        <p className="text-slate-600">{t("history.tellProcessors")}</p>
                        <ProcessorsToTell
                          erasure={{ retentionProposalId: h.id }}
                          processors={h.processorsToNotify}
                          notifications={h.notifications}
                        />
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <Card title={t("settings.title")} className="h-fit">
          <RetentionSettingsForm
            settings={o.settings}
            purposes={o.purposes.map((p) => ({
              id: p.id,
              name: locale === "en" ? p.nameEn : p.nameNl,
              retentionMonths: p.retentionMonths,
            }))}
          />
        </Card>
      </div>
    </>
  );
}
