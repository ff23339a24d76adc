import { getLocale, getTranslations } from "next-intl/server";
import { RULES, type RuleId } from "@/domain/outreach";
import type { AudienceSummary } from "../services/decide-audience";

const title = (rule: string, lang: "nl" | "en") => (rule in RULES ? RULES[rule as RuleId].title[lang] : rule);

const TONES = {
  slate: { box: "bg-slate-50", label: "text-slate-600", value: "" },
  green: { box: "bg-green-50", label: "text-green-800", value: "text-green-900" },
  red: { box: "bg-red-50", label: "text-red-800", value: "text-red-900" },
} as const;

/** One count of the preview. The label says what it counts; the colour only repeats it. */
function Tally(props: { tone: keyof typeof TONES; label: string; value: number; testId: string }) {
  const tone = TONES[props.tone];
  return (
    <div className={`rounded-md p-3 ${tone.box}`}>
      <dt className={`text-xs ${tone.label}`}>{props.label}</dt>
      <dd className={`text-2xl font-semibold ${tone.value}`} data-testid={props.testId}>
        {props.value}
      </dd>
    </div>
  );
}

/** Who is in, who is out, and the excluded grouped by the rule that excluded them. */
export async function AudiencePreview({ summary }: { summary: AudienceSummary }) {
  const t = await getTranslations("campaigns");
  const lang = (await getLocale()) === "en" ? "en" : "nl";
  return (
    <div className="space-y-4" data-testid="audience-preview">
      <dl className="grid grid-cols-3 gap-2 text-center">
        <Tally tone="slate" label={t("preview.total")} value={summary.total} testId="preview-total" />
        <Tally tone="green" label={t("preview.in")} value={summary.allowed} testId="preview-in" />
        <Tally tone="red" label={t("preview.out")} value={summary.denied} testId="preview-out" />
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
