import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/domain/access/permissions";
import { RULES } from "@/domain/outreach";
import { getDb } from "@/server/db";
import { getCurrentUser } from "@/server/auth/current-user";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { getEligibility } from "../services/get-eligibility";
import { DecisionExplanation } from "./decision-explanation";

/**
 * "May we, or may we not?" for every active purpose and channel of one contact, with the reason,
 * the article and links to the records that prove it. Server component; mount it on a contact page.
 */
export async function EligibilityPanel({ contactId }: { contactId: string }) {
  const user = await getCurrentUser();
  if (!user || !can(user.role, "eligibility:read")) return null;
  const [t, locale, purposes] = await Promise.all([
    getTranslations("outreach"),
    getLocale(),
    getEligibility(await getDb(), contactId),
  ]);
  const lang = locale === "en" ? "en" : "nl";
  return (
    <Card title={t("eligibility.title")}>
      <p className="mb-4 text-sm text-slate-600">{t("eligibility.intro")}</p>
      {purposes.length === 0 ? (
        <EmptyState title={t("eligibility.noPurposes")} />
      ) : (
        <div className="space-y-5">
          {purposes.map((p) => (
            <section key={p.key} aria-label={lang === "en" ? p.nameEn : p.nameNl} data-testid={`eligibility-${p.key}`}>
              <h3 className="mb-2 font-medium text-slate-900">{lang === "en" ? p.nameEn : p.nameNl}</h3>
              <ul className="divide-y divide-slate-100 rounded-md ring-1 ring-slate-200">
                {p.rows.map((row, i) => (
                  <li
                    key={`${row.channel}-${i}`}
                    className="grid gap-2 p-3 sm:grid-cols-[10rem_1fr]"
                    data-testid={`eligibility-${p.key}-${row.channel}`}
                  >
                    <div className="flex flex-wrap items-center gap-2 sm:block sm:space-y-1">
                      <div className="font-medium">{t(`channels.${row.channel}`)}</div>
                      <Badge tone={row.decision.decision === "allow" ? "green" : "red"}>
                        {row.decision.decision === "allow" ? t("eligibility.allowed") : t("eligibility.denied")}
                      </Badge>
                      {row.point && <div className="break-all text-xs text-slate-600">{row.point}</div>}
                    </div>
                    <div>
                      <p className="text-xs font-medium uppercase tracking-wide text-slate-500">
                        {RULES[row.decision.rule].title[lang]}
                      </p>
                      <DecisionExplanation
                        contactId={contactId}
                        explanation={row.decision.explanation}
                        citation={row.decision.citation}
                        evidence={row.decision.evidence}
                      />
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </Card>
  );
}
