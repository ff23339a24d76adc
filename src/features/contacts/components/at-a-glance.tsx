import { getLocale, getTranslations } from "next-intl/server";
import { RULES } from "@/domain/outreach";
import type { Channel } from "@/domain/vocabulary";
import { Badge } from "@/components/ui/card";
import type { PurposeEligibility } from "@/features/outreach";
import type { ContactDetails } from "../services/get-contact";

type Answer = { allowed: boolean; purpose: string; point: string | null; reason: string; explanation: string } | null;

/**
 * The three questions sales ask before they pick up the phone, answered at the top of the contact
 * page: may I call, may I mail (the rules engine's decision for each active purpose, with the rule
 * that decided), and what did this person agree to. The full reasoning is in the eligibility panel.
 */
export async function AtAGlance({
  eligibility,
  consentStates,
}: {
  eligibility: PurposeEligibility[];
  consentStates: ContactDetails["consentStates"];
}) {
  const t = await getTranslations("contacts.glance");
  const lang = (await getLocale()) === "en" ? "en" : "nl";
  const answer = (channel: Channel): Answer => {
    const rows = eligibility.flatMap((p) =>
      p.rows.filter((r) => r.channel === channel).map((r) => ({ ...r, purpose: lang === "en" ? p.nameEn : p.nameNl })),
    );
    // One purpose that allows it is enough to pick up the phone (for that purpose); otherwise the
    // first refusal says why not.
    const pick = rows.find((r) => r.decision.decision === "allow") ?? rows[0];
    if (!pick) return null;
    return {
      allowed: pick.decision.decision === "allow",
      purpose: pick.purpose,
      point: pick.point,
      reason: RULES[pick.decision.rule].title[lang],
      explanation: pick.decision.explanation[lang],
    };
  };
  const agreed = consentStates
    .filter((s) => s.channels.some((c) => c.state.state === "given"))
    .map((s) => (lang === "en" ? s.purpose.nameEn : s.purpose.nameNl));
  const item = (key: "call" | "mail", a: Answer) => (
    <div className="rounded-md p-3 ring-1 ring-slate-200" data-testid={`glance-${key}`}>
      <dt className="text-sm font-medium text-slate-600">{t(`${key}.question`)}</dt>
      <dd className="mt-1 space-y-1">
        {a === null ? (
          <Badge>{t("noPurpose")}</Badge>
        ) : (
          <>
            <Badge tone={a.allowed ? "green" : "red"}>
              {a.allowed ? t(`${key}.yes`, { purpose: a.purpose }) : t(`${key}.no`)}
            </Badge>
            {a.allowed && a.point && <p className="text-sm break-all">{a.point}</p>}
            <p className="text-xs text-slate-600" title={a.explanation}>
              {a.reason}
            </p>
          </>
        )}
      </dd>
    </div>
  );
  return (
    <section aria-label={t("label")} className="mb-4">
      <dl className="grid gap-3 sm:grid-cols-3">
        {item("call", answer("phone"))}
        {item("mail", answer("email"))}
        <div className="rounded-md p-3 ring-1 ring-slate-200" data-testid="glance-agreed">
          <dt className="text-sm font-medium text-slate-600">{t("agreed.question")}</dt>
          <dd className="mt-1 flex flex-wrap gap-1">
            {agreed.length === 0 ? (
              <Badge>{t("agreed.nothing")}</Badge>
            ) : (
              agreed.map((name) => (
                <Badge key={name} tone="green">
                  {name}
                </Badge>
              ))
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
