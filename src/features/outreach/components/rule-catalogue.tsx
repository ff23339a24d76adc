import { getLocale, getTranslations } from "next-intl/server";
import {
  isoDateAmsterdam,
  RULE_SET_VERSIONS,
  ruleSetInForce,
  ruleSetVersionEnd,
  type Jurisdiction,
  type RuleDefinition,
  type RuleSetVersion,
} from "@/domain/outreach";
import { Badge, Card } from "@/components/ui/card";

/**
 * The rules the engine applies, read from the rule-set versions themselves (no copy to go stale):
 * the version in force with its rules, then the earlier versions with the dates they held and what
 * changed. `now` is passed in so the page and the engine agree on which version is in force.
 */
export async function RuleCatalogue({ now, jurisdiction = "NL" }: { now: Date; jurisdiction?: Jurisdiction }) {
  const [t, locale] = await Promise.all([getTranslations("outreach"), getLocale()]);
  const lang = locale === "en" ? "en" : "nl";
  const current = ruleSetInForce(now, jurisdiction);
  const others = RULE_SET_VERSIONS[jurisdiction].filter((v) => v !== current).reverse();
  const period = (v: RuleSetVersion) => {
    const end = ruleSetVersionEnd(v);
    return end
      ? t("catalogue.period", {
          from: isoDateAmsterdam(v.effectiveFrom),
          until: isoDateAmsterdam(new Date(end.getTime() - 1)),
        })
      : t("catalogue.since", { from: isoDateAmsterdam(v.effectiveFrom) });
  };
  const rules = Object.values(current.rules) as RuleDefinition[];
  return (
    <div className="space-y-6">
      <Card title={t("catalogue.inForce", { version: current.version })}>
        <div data-testid="rule-set-in-force" className="space-y-2 text-sm">
          <p className="font-medium">
            {current.name[lang]} · {period(current)}
          </p>
          <p>{current.changes[lang]}</p>
          <p className="text-slate-600">
            {t("catalogue.sources")}: {current.sources.join("; ")}
          </p>
        </div>
        <ul
          className="mt-4 divide-y divide-slate-100 rounded-md ring-1 ring-slate-200"
          aria-label={t("catalogue.rules")}
        >
          {rules.map((r) => (
            <li key={r.id} className="grid gap-1 p-3 sm:grid-cols-[14rem_1fr]">
              <div className="space-y-1">
                <div className="font-medium">{r.title[lang]}</div>
                <Badge tone={r.outcome === "allow" ? "green" : "red"}>
                  {r.outcome === "allow" ? t("eligibility.allowed") : t("eligibility.denied")}
                </Badge>
              </div>
              <div className="text-sm">
                <p>{r.explanation[lang]}</p>
                <p className="text-xs text-slate-600">{r.citation}</p>
              </div>
            </li>
          ))}
        </ul>
      </Card>
      <Card title={t("catalogue.previous")}>
        {others.length === 0 ? (
          <p className="text-sm text-slate-600">{t("catalogue.noPrevious")}</p>
        ) : (
          <ul className="space-y-3" data-testid="rule-set-previous">
            {others.map((v) => (
              <li key={v.version} className="text-sm">
                <p className="font-medium">
                  {v.version} · {period(v)}
                </p>
                <p>{v.changes[lang]}</p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
