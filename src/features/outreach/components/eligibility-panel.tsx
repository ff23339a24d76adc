import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/domain/access/permissions";
import { RULES, ruleSetInForce } from "@/domain/outreach";
import { buttonClass } from "@/components/ui/button";
import { getDb } from "@/server/db";
import { getCurrentUser } from "@/server/auth/current-user";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { getEligibility } from "../services/get-eligibility";
import { toLocalInput, type TimeTravel } from "../time-travel";
import { DecisionExplanation } from "./decision-explanation";

/**
 * "May we, or may we not?" for every active purpose and channel of one contact, with the reason,
 * the article and links to the records that prove it. Server component; mount it on a contact page.
 *
 * Time travel: for a past moment it answers by the law in force then, either with every fact as we
 * know it now ("was it lawful?") or only with what had been recorded by then ("what did the send
 * gate see?").
 */
export async function EligibilityPanel({
  contactId,
  travel = { at: null, asRecorded: false },
}: {
  contactId: string;
  travel?: TimeTravel;
}) {
  const user = await getCurrentUser();
  if (!user || !can(user.role, "eligibility:read")) return null;
  const at = travel.at ?? new Date();
  const knownAt = travel.at && travel.asRecorded ? travel.at : undefined;
  const [t, locale, purposes] = await Promise.all([
    getTranslations("outreach"),
    getLocale(),
    getEligibility(await getDb(), contactId, at, knownAt),
  ]);
  const lang = locale === "en" ? "en" : "nl";
  const version = ruleSetInForce(at).version;
  return (
    <Card title={t("eligibility.title")}>
      <p className="mb-2 text-sm text-slate-600">{travel.at ? t("eligibility.introAt") : t("eligibility.intro")}</p>
      <p className="mb-3 text-sm" data-testid="eligibility-moment">
        {travel.at
          ? t(travel.asRecorded ? "eligibility.momentAsRecorded" : "eligibility.momentAsKnown", {
              at: toLocalInput(travel.at).replace("T", " "),
              version,
            })
          : t("eligibility.momentNow", { version })}
      </p>
      <form method="get" action={`/contacts/${contactId}#eligibility`} className="mb-4 flex flex-wrap items-end gap-3">
        <label className="text-sm">
          <span className="block font-medium">{t("eligibility.atLabel")}</span>
          <input
            type="datetime-local"
            name="at"
            defaultValue={travel.at ? toLocalInput(travel.at) : ""}
            className="mt-1 rounded-md border border-slate-300 px-2 py-1"
          />
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="asRecorded" value="1" defaultChecked={travel.asRecorded} />
          {t("eligibility.asRecordedLabel")}
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          {t("eligibility.travel")}
        </button>
        {travel.at && (
          <a href={`/contacts/${contactId}#eligibility`} className="text-sm text-brand-700 underline">
            {t("eligibility.backToNow")}
          </a>
        )}
      </form>
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
