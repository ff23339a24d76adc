import { getLocale, getTranslations } from "next-intl/server";
import { RULES, type RuleId } from "@/domain/outreach";
import type { AudienceSummary } from "../services/decide-audience";

const title = (rule: string, lang: "nl" | "en") => (rule in RULES ? RULES[rule as RuleId].title[lang] : rule);

/** Who is in, who is out, and the excluded grouped by the rule that excluded them. */
export async function AudiencePreview({ summary }: { summary: AudienceSummary }) {
  const t = await getTranslations("campaigns");
  const lang = (await getLocale()) === "en" ? "en" : "nl";
  return (
    <div className="space-y-4" data-testid="audience-preview">
      <dl className="grid grid-cols-3 gap-2 text-center">
        <div className="rounded-md bg-slate-50 p-3">
          <dt className="text-xs text-slate-600">{t("preview.total")}</dt>
          <dd className="text-2xl font-semibold" data-testid="preview-total">
            {summary.total}
          </dd>
        </div>
        <div className="rounded-md bg-green-50 p-3">
          <dt className="text-xs text-green-800">{t("preview.in")}</dt>
          <dd className="text-2xl font-semibold text-green-900" data-testid="preview-in">
            {summary.allowed}
          </dd>
        </div>
        <div className="rounded-md bg-red-50 p-3">
          <dt className="text-xs text-red-800">{t("preview.out")}</dt>
          <dd className="text-2xl font-semibold text-red-900" data-testid="preview-out">
            {summary.denied}
          </dd>
        </div>
      </dl>
      {summary.decidedNow > 0 && summary.total > 0 && (
        <p className="text-xs text-slate-600" data-testid="preview-store-progress">
          {t("preview.storeProgress", {
            decidedNow: summary.decidedNow,
            ready: Math.floor((100 * summary.fromStore) / summary.total),
          })}
        </p>
      )}
      {summary.excluded.length > 0 && (
        <div>
          <h3 className="mb-1 text-sm font-semibold">{t("preview.excludedBy")}</h3>
          <table className="w-full text-left text-sm" aria-label={t("preview.excludedBy")}>
            <thead className="text-slate-600">
              <tr>
                <th className="py-1 pr-2">{t("preview.rule")}</th>
                <th className="py-1 pr-2">{t("preview.citation")}</th>
                <th className="py-1 text-right">{t("preview.count")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {summary.excluded.map((g) => (
                <tr key={g.rule} data-testid={`excluded-${g.rule}`}>
                  <td className="py-1 pr-2">{title(g.rule, lang)}</td>
                  <td className="py-1 pr-2 text-xs text-slate-500">{g.citation}</td>
                  <td className="py-1 text-right font-medium">{g.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {summary.included.length > 0 && (
        <div>
          <h3 className="mb-1 text-sm font-semibold">{t("preview.includedBy")}</h3>
          <ul className="text-sm">
            {summary.included.map((g) => (
              <li key={g.rule}>
                {title(g.rule, lang)} <span className="text-xs text-slate-500">({g.citation})</span>:{" "}
                <span className="font-medium">{g.count}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
