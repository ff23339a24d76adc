import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import type { PreferencePurpose } from "../services/read-preferences";
import { PAUSE_MONTHS } from "../schemas";
import { formatLongDate } from "@/domain/calendar";

/**
 * The person's own preference page (signed link, no login). Per purpose and channel: what the
 * organisation may do now and why, in the rules engine's own words. Every button is a plain HTML
 * form that POSTs one change, so the page works without JavaScript.
 */
export async function PreferencePage({
  token,
  purposes,
  objections,
  emailPause,
  openTracking,
  result,
}: {
  token: string;
  purposes: PreferencePurpose[];
  objections: { direct_marketing: boolean; profiling: boolean };
  emailPause: { until: Date } | null;
  openTracking: { purposeKey: string; name: { nl: string; en: string }; consentOn: boolean } | null;
  result?: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("preferences"), getLocale()]);
  const lang = locale === "en" ? "en" : "nl";
  const action = `/p/${encodeURIComponent(token)}/change`;
  const change = (fields: Record<string, string>, label: string, variant: "primary" | "secondary" = "secondary") => (
    <form method="post" action={action}>
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button type="submit" className={buttonClass(variant, "w-full sm:w-auto")}>
        {label}
      </button>
    </form>
  );
  return (
    <div className="space-y-5">
      <section className="space-y-3 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        {result === "saved" && <Alert tone="green">{t("saved")}</Alert>}
        {result === "failed" && <Alert>{t("failed")}</Alert>}
        <p className="text-sm text-slate-700">{t("intro")}</p>
      </section>
      {purposes.map((p) => {
        const name = lang === "en" ? p.nameEn : p.nameNl;
        return (
          <section
            key={p.key}
            aria-labelledby={`purpose-${p.key}`}
            className="space-y-3 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200"
          >
            <h2 id={`purpose-${p.key}`} className="font-semibold">
              {name}
            </h2>
            <ul className="space-y-2">
              {p.rows.map((r, i) => (
                <li key={`${r.channel}-${i}`} className="text-sm">
                  <span className="font-medium">{t(`channel.${r.channel}`)}: </span>
                  <span className={r.decision.decision === "allow" ? "text-green-800" : "text-slate-800"}>
                    {r.decision.decision === "allow" ? t("allowed") : t("notAllowed")}
                  </span>
                  <span className="block text-slate-700">
                    <span className="sr-only">{t("why")}: </span>
                    {r.decision.explanation[lang]}
                  </span>
                </li>
              ))}
            </ul>
            {p.switchable && (
              <div className="space-y-2 border-t border-slate-200 pt-3">
                <p className="text-sm text-slate-700">{p.consentOn ? t("on") : t("off")}</p>
                {!p.consentOn && p.notice && (
                  <p className="text-sm whitespace-pre-line text-slate-700">
                    <span className="font-medium">{t("notice")}: </span>
                    {lang === "en" ? p.notice.en : p.notice.nl}
                  </p>
                )}
                {p.consentOn
                  ? change({ kind: "withdraw", purpose: p.key }, `${t("switchOff")}: ${name}`)
                  : change({ kind: "grant", purpose: p.key }, `${t("switchOn")}: ${name}`)}
              </div>
            )}
          </section>
        );
      })}
      {openTracking && (
        // Said only when the organisation measures opens: who is measured, and how to stop it.
        <section
          aria-labelledby="open-tracking-title"
          className="space-y-3 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200"
          data-testid="open-tracking-disclosure"
        >
          <h2 id="open-tracking-title" className="font-semibold">
            {t("openTracking.title")}
          </h2>
          <p className="text-sm text-slate-700">{t("openTracking.body", { purpose: openTracking.name[lang] })}</p>
          <p className="text-sm text-slate-700">
            {openTracking.consentOn ? t("openTracking.measured") : t("openTracking.notMeasured")}
          </p>
          {openTracking.consentOn
            ? change(
                { kind: "withdraw", purpose: openTracking.purposeKey },
                `${t("switchOff")}: ${openTracking.name[lang]}`,
              )
            : change(
                { kind: "grant", purpose: openTracking.purposeKey },
                `${t("switchOn")}: ${openTracking.name[lang]}`,
              )}
        </section>
      )}
      <section
        aria-labelledby="pause-title"
        className="space-y-3 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200"
      >
        <h2 id="pause-title" className="font-semibold">
          {t("pauseTitle")}
        </h2>
        {emailPause ? (
          <>
            <Alert tone="green">{t("paused", { date: formatLongDate(emailPause.until, lang) })}</Alert>
            {change({ kind: "resume" }, t("resume"))}
          </>
        ) : (
          <form method="post" action={action} className="space-y-3">
            <input type="hidden" name="kind" value="pause" />
            <fieldset className="space-y-2">
              <legend className="text-sm text-slate-700">{t("pauseIntro")}</legend>
              {PAUSE_MONTHS.map((months) => (
                <label key={months} className="flex min-h-11 items-center gap-3 text-sm">
                  <input
                    type="radio"
                    name="months"
                    value={months}
                    defaultChecked={months === PAUSE_MONTHS[0]}
                    className="h-5 w-5"
                  />
                  {t("pauseFor", { months })}
                </label>
              ))}
            </fieldset>
            <button type="submit" className={buttonClass("secondary", "w-full sm:w-auto")}>
              {t("pause")}
            </button>
          </form>
        )}
      </section>
      <section className="space-y-3 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h2 className="font-semibold">{t("objectTitle")}</h2>
        {objections.direct_marketing ? (
          <Alert tone="green">{t("objected")}</Alert>
        ) : (
          <>
            <p className="text-sm text-slate-700">{t("objectIntro")}</p>
            {change({ kind: "object", scope: "direct_marketing" }, t("object"), "primary")}
          </>
        )}
      </section>
      <section className="space-y-3 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h2 className="font-semibold">{t("profilingTitle")}</h2>
        {objections.profiling ? (
          <Alert tone="green">{t("profilingObjected")}</Alert>
        ) : (
          <>
            <p className="text-sm text-slate-700">{t("profilingIntro")}</p>
            {change({ kind: "object", scope: "profiling" }, t("profiling"))}
          </>
        )}
      </section>
      <p className="text-sm">
        <a href={`/privacy/request?lang=${lang}`} className="text-brand-700 underline">
          {t("otherRights")}
        </a>
      </p>
    </div>
  );
}
