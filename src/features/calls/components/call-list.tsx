import { getLocale, getTranslations } from "next-intl/server";
import { RULES, type RuleId } from "@/domain/outreach";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { DecisionExplanation } from "@/features/outreach";
import type { CallListEntry, getCallList } from "../services/get-call-list";
import { LogCallForm } from "./log-call-form";

type CallList = Awaited<ReturnType<typeof getCallList>>;

/** Cards, not a table: sales read this on a phone between calls. */
export async function CallListView({ list, purposeId }: { list: CallList; purposeId: string }) {
  const t = await getTranslations("calls");
  const lang = (await getLocale()) === "en" ? "en" : "nl";
  const title = (rule: string) => (rule in RULES ? RULES[rule as RuleId].title[lang] : rule);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600" data-testid="call-list-summary">
        {t("summary", { callable: list.callable, total: list.total, shown: list.entries.length })}{" "}
        {t("ruleSetVersion", { version: list.ruleSetVersion })}
      </p>
      <Alert>{t("reminder")}</Alert>
      {list.entries.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <ul className="space-y-3" aria-label={t("listLabel")}>
          {list.entries.map((e) => (
            <li key={e.contactId} data-testid={`call-entry-${e.contactId}`}>
              <Card>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <a href={`/contacts/${e.contactId}`} className="font-semibold text-brand-700 hover:underline">
                      {e.name}
                    </a>
                    <div className="text-sm text-slate-600">{[e.jobTitle, e.company].filter(Boolean).join(" · ")}</div>
                  </div>
                  <a
                    href={`tel:${e.number}`}
                    className="inline-flex min-h-10 items-center gap-2 rounded-md bg-green-700 px-3 text-sm font-medium text-white"
                  >
                    {t("call")} {e.number} <span className="sr-only">({t(`kinds.${e.kind}`)})</span>
                  </a>
                </div>
                <div className="mt-2 flex flex-wrap items-center gap-2">
                  <Badge tone="green">{title(e.decision.rule)}</Badge>
                  <Badge>{t(`kinds.${e.kind}`)}</Badge>
                </div>
                <div className="mt-1">
                  <DecisionExplanation
                    contactId={e.contactId}
                    explanation={e.decision.explanation}
                    citation={e.decision.citation}
                    evidence={e.decision.evidence}
                  />
                </div>
                {e.opening && <OpeningLine opening={e.opening} lang={lang} contactId={e.contactId} />}
                <div className="mt-3 border-t border-slate-100 pt-3">
                  <LogCallForm
                    contactId={e.contactId}
                    purposeId={purposeId}
                    phoneNumberId={e.phoneNumberId}
                    name={e.name}
                    noticeDue={e.opening !== null}
                  />
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
      {list.excluded.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">
            {t("excluded", { count: list.total - list.callable })}
          </summary>
          <ul className="mt-2 space-y-1">
            {list.excluded.map((g) => (
              <li key={g.rule}>
                {title(g.rule)}: <span className="font-medium">{g.count}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/**
 * The art. 14 notice as the first thing to say (AVG art. 14 lid 3 sub b: at the latest with the
 * first communication). In the person's language when known, else the caller's; the other one
 * folded away for a person who prefers it.
 */
async function OpeningLine({
  opening,
  lang,
  contactId,
}: {
  opening: NonNullable<CallListEntry["opening"]>;
  lang: "nl" | "en";
  contactId: string;
}) {
  const t = await getTranslations("calls");
  const first = opening.language ?? lang;
  const other = first === "nl" ? "en" : "nl";
  const id = `opening-${contactId}`;
  return (
    <section
      aria-labelledby={id}
      className="mt-3 rounded-md bg-sky-50 p-3 text-sm text-sky-950 ring-1 ring-sky-200"
      data-testid={`opening-line-${contactId}`}
    >
      <h3 id={id} className="font-semibold">
        {t("openingLine")}
      </h3>
      <p className="mt-1 text-xs text-sky-900">{t("openingLineHint")}</p>
      <p className="mt-2 whitespace-pre-line" lang={first}>
        {opening[first]}
      </p>
      <details className="mt-2">
        <summary className="cursor-pointer text-xs font-medium">{t(`openingLineIn.${other}`)}</summary>
        <p className="mt-1 whitespace-pre-line" lang={other}>
          {opening[other]}
        </p>
      </details>
    </section>
  );
}

function Alert({ children }: { children: React.ReactNode }) {
  return <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">{children}</p>;
}
