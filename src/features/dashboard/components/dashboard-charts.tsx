import { getLocale, getTranslations } from "next-intl/server";
import type { Db } from "@/server/db";
import { can } from "@/domain/access/permissions";
import { RULES, ruleSetInForce, type RuleId } from "@/domain/outreach";
import type { CurrentUser } from "@/server/auth/current-user";
import { barOption } from "../charts/chart-options";
import { getOptInWeeks, getOutreachByRule, getRequestDeadlines } from "../services/get-chart-data";
import { coverageOfSnapshot, type DashboardSnapshot } from "../services/dashboard-snapshot";
import { ChartFigure } from "./chart-figure";

/**
 * The dashboard's charts, each only for the roles that may see it (permission matrix): who may be
 * sent commercial e-mail per purpose, outreach decisions and requests for the privacy desk and
 * marketing; opt-ins per week for everyone, narrowed to their own for sales.
 */
export async function DashboardCharts({
  db,
  user,
  snapshot,
}: {
  db: Db;
  user: CurrentUser;
  snapshot: DashboardSnapshot;
}) {
  const t = await getTranslations("dashboard");
  const lang = (await getLocale()) === "en" ? "en" : "nl";
  const privacy = can(user.role, "dashboard:privacy");
  const outreach = can(user.role, "dashboard:outreach");
  const ownOnly = !can(user.role, "dashboard:all-opt-ins");
  const [coverage, weeks, byRule, requests] = await Promise.all([
    outreach ? coverageOfSnapshot(db, snapshot) : null,
    // A salesperson's own opt-ins are few and read live; everyone's are in the stored figures.
    ownOnly ? getOptInWeeks(db, { recordedById: user.id }) : snapshot.figures.optInWeeks,
    outreach ? getOutreachByRule(db) : null,
    privacy ? getRequestDeadlines(db) : null,
  ]);
  const common = { showAsTable: t("charts.showAsTable") };
  // Rules are named as the eligibility page and the audience preview name them: the engine's own
  // titles and citations, not a second wording of the law. Stored figures may name a rule a later
  // version of the engine no longer has: it is shown by its id until they are computed again.
  const ruleTitle = (rule: string) => (rule in RULES ? RULES[rule as RuleId].title[lang] : rule);
  const rulesInForce = ruleSetInForce(new Date()).rules;
  const citation = (rule: string) => rulesInForce[rule as RuleId]?.citation ?? "";
  const figures = [];

  if (coverage) {
    const names = coverage.map((p) => (lang === "en" ? p.nameEn : p.nameNl));
    const rules = coverageSeries(coverage);
    const label = (allow: boolean) => t(allow ? "charts.coverage.mayMail" : "charts.coverage.mayNot");
    const undecided = t("charts.coverage.undecided");
    // Two legend entries to a line is what fits of names as long as "May not be mailed: ...".
    const legendLines = Math.ceil((rules.length + 1) / 2);
    const count = (p: (typeof coverage)[number], s: CoverageSeries) =>
      p.rules.find((r) => r.rule === s.rule && r.allow === s.allow)?.count ?? 0;
    figures.push(
      <ChartFigure
        key="coverage"
        {...common}
        testId="chart-coverage"
        title={t("charts.coverage.title")}
        summary={t("charts.coverage.summary", {
          purposes: coverage.length,
          // Whether a contact has a current stored answer does not depend on the purpose.
          undecided: coverage[0]?.undecided ?? 0,
        })}
        href="/purposes"
        linkLabel={t("charts.openList")}
        height={Math.max(200, 36 + coverage.length * 36 + legendLines * 24)}
        empty={coverage.length === 0 ? t("charts.coverage.empty") : undefined}
        option={barOption(
          names,
          [
            ...rules.map((s) => ({
              name: `${label(s.allow)}: ${ruleTitle(s.rule)}`,
              values: coverage.map((p) => count(p, s)),
            })),
            { name: undecided, values: coverage.map((p) => p.undecided) },
          ],
          { stacked: true, horizontal: true, colors: coverageColours(rules), legendLines },
        )}
        table={{
          caption: t("charts.coverage.title"),
          columns: [
            t("charts.coverage.purpose"),
            t("charts.coverage.outcome"),
            t("charts.coverage.rule"),
            t("charts.coverage.citation"),
            t("charts.coverage.contacts"),
          ],
          rows: coverage.flatMap((p, i) => [
            ...p.rules.map((r) => [names[i], label(r.allow), ruleTitle(r.rule), citation(r.rule), r.count]),
            ...(p.undecided > 0 ? [[names[i], undecided, "", "", p.undecided]] : []),
          ]),
        }}
      />,
    );
  }

  const granted = t("charts.weeks.granted");
  const withdrawn = t("charts.weeks.withdrawn");
  figures.push(
    <ChartFigure
      key="weeks"
      {...common}
      testId="chart-opt-ins"
      title={ownOnly ? t("charts.weeks.titleOwn") : t("charts.weeks.title")}
      summary={t("charts.weeks.summary", {
        granted: weeks.reduce((s, w) => s + w.granted, 0),
        withdrawn: weeks.reduce((s, w) => s + w.withdrawn, 0),
        weeks: weeks.length,
      })}
      href={ownOnly ? "/opt-in" : "/contacts"}
      linkLabel={t("charts.openList")}
      option={barOption(
        weeks.map((w) => w.week.slice(5)),
        [
          { name: granted, values: weeks.map((w) => w.granted) },
          { name: withdrawn, values: weeks.map((w) => w.withdrawn) },
        ],
        { colors: ["#009E73", "#D55E00"] },
      )}
      table={{
        caption: t("charts.weeks.title"),
        columns: [t("charts.weeks.week"), granted, withdrawn],
        rows: weeks.map((w) => [w.week, w.granted, w.withdrawn]),
      }}
    />,
  );

  if (byRule) {
    const sent = t("charts.outreach.sent");
    const blocked = t("charts.outreach.blocked");
    figures.push(
      <ChartFigure
        key="outreach"
        {...common}
        testId="chart-outreach"
        title={t("charts.outreach.title", { count: byRule.campaigns })}
        summary={t("charts.outreach.summary", {
          sent: byRule.rows.reduce((s, r) => s + r.sent, 0),
          blocked: byRule.rows.reduce((s, r) => s + r.blocked, 0),
          rules: byRule.rows.length,
        })}
        href="/campaigns"
        linkLabel={t("charts.openList")}
        height={Math.max(200, 60 + byRule.rows.length * 32)}
        empty={byRule.rows.length === 0 ? t("charts.outreach.empty") : undefined}
        option={barOption(
          byRule.rows.map((r) => ruleTitle(r.rule)),
          [
            { name: sent, values: byRule.rows.map((r) => r.sent) },
            { name: blocked, values: byRule.rows.map((r) => r.blocked) },
          ],
          { stacked: true, horizontal: true, colors: ["#0072B2", "#E69F00"] },
        )}
        table={{
          caption: t("charts.outreach.tableCaption"),
          columns: [t("charts.outreach.rule"), sent, blocked],
          rows: byRule.rows.map((r) => [ruleTitle(r.rule), r.sent, r.blocked]),
        }}
      />,
    );
  }

  if (requests) {
    const statusName = (s: string) => t(`charts.requests.status.${s}`);
    const cols = ["overdue", "due_this_week", "later"] as const;
    const colNames = cols.map((c) => t(`charts.requests.${c}`));
    figures.push(
      <ChartFigure
        key="requests"
        {...common}
        testId="chart-requests"
        title={t("charts.requests.title")}
        summary={t("charts.requests.summary", {
          overdue: requests.reduce((s, r) => s + r.overdue, 0),
          dueThisWeek: requests.reduce((s, r) => s + r.due_this_week, 0),
        })}
        href="/requests"
        linkLabel={t("charts.openList")}
        option={barOption(
          requests.map((r) => statusName(r.status)),
          cols.map((c, i) => ({ name: colNames[i], values: requests.map((r) => r[c]) })),
          { stacked: true, colors: ["#D55E00", "#E69F00", "#56B4E9"] },
        )}
        table={{
          caption: t("charts.requests.title"),
          columns: [t("charts.requests.statusColumn"), ...colNames],
          rows: requests.map((r) => [statusName(r.status), r.overdue, r.due_this_week, r.later]),
        }}
      />,
    );
  }
  return <div className="grid gap-4 lg:grid-cols-2">{figures}</div>;
}

type CoverageSeries = { rule: RuleId; allow: boolean };

/** Every rule that decided a contact for any purpose, one bar segment each: the allowing rules
 *  first, then the refusing ones, each by how many contacts it decided over all purposes. */
function coverageSeries(coverage: { rules: { rule: RuleId; allow: boolean; count: number }[] }[]): CoverageSeries[] {
  const totals = new Map<string, { rule: RuleId; allow: boolean; count: number }>();
  for (const r of coverage.flatMap((p) => p.rules)) {
    const key = `${r.allow}:${r.rule}`;
    const seen = totals.get(key) ?? { rule: r.rule, allow: r.allow, count: 0 };
    seen.count += r.count;
    totals.set(key, seen);
  }
  return [...totals.values()]
    .sort((a, b) => Number(b.allow) - Number(a.allow) || b.count - a.count || a.rule.localeCompare(b.rule))
    .map(({ rule, allow }) => ({ rule, allow }));
}

// Okabe-Ito: blues and green for the allowing rules, orange, vermilion and purple for the
// refusing ones, grey for "not decided yet". The legend names every segment; colour only repeats it.
const ALLOW_COLOURS = ["#0072B2", "#009E73", "#56B4E9"];
const DENY_COLOURS = ["#D55E00", "#E69F00", "#CC79A7", "#F0E442", "#000000"];

function coverageColours(series: CoverageSeries[]): string[] {
  let allowed = 0;
  let refused = 0;
  return [
    ...series.map((s) =>
      s.allow ? ALLOW_COLOURS[allowed++ % ALLOW_COLOURS.length] : DENY_COLOURS[refused++ % DENY_COLOURS.length],
    ),
    "#999999",
  ];
}
