import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import type { PublicSignupForm } from "../services/find-signup-forms";
import type { PublicLanguage } from "../schemas";
import type { SignupTyped } from "../signup-flash";

const CONTROL =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600";

/**
 * The hosted sign-up form: a plain HTML form that works without JavaScript (also inside an iframe
 * on the organisation's site). Every box starts unticked (AVG art. 4 punt 11: no pre-ticked
 * consent) and each purpose shows its current notice text right next to it (AVG art. 13). Calls
 * are a box of their own per purpose, "you may call me about …" (consent to be called is its own
 * act: the explanatory memorandum to the 2021 amendment of Tw art. 11.7). The hidden fields carry
 * the notice versions shown and a signed render stamp; the "website" field is a honeypot that
 * people never see.
 */
export async function HostedSignupForm({
  form,
  language,
  renderToken,
  error,
  typed = { text: {}, purposes: [], calls: [], errors: {} },
}: {
  form: PublicSignupForm;
  language: PublicLanguage;
  renderToken: string;
  error?: string;
  /** After a refused submission: what the person typed and ticked themselves, shown again. */
  typed?: SignupTyped;
}) {
  const [t, root] = await Promise.all([
    getTranslations({ locale: language, namespace: "signups.public" }),
    getTranslations({ locale: language }),
  ]);
  const fieldError = (name: string) => {
    const key = typed.errors[name];
    return key ? (root.has(key as never) ? root(key as never) : t("error_invalid")) : undefined;
  };
  const v = form.version;
  const asks = (f: string) => v.fields.includes(f);
  const callsAbout = (p: PublicSignupForm["purposes"][number]) => v.offerCalls && p.channels.includes("phone");
  const offersCalls = form.purposes.some(callsAbout);
  return (
    <section
      lang={language}
      aria-labelledby="signup-title"
      className="space-y-5 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200"
    >
      <div className="space-y-1">
        <h1 id="signup-title" className="text-xl font-semibold">
          {form.name}
        </h1>
        <p className="text-sm text-slate-700">{t("by", { organisation: v.organisationName })}</p>
      </div>
      {v.languages.length > 1 && (
        <nav aria-label="Language / Taal" className="flex gap-3 text-sm">
          {v.languages.map((l) => (
            <a
              key={l}
              href={`/f/${form.slug}?lang=${l}`}
              lang={l}
              aria-current={l === language ? "true" : undefined}
              className={l === language ? "font-semibold underline" : "text-brand-700 underline"}
            >
              {l === "nl" ? "Nederlands" : "English"}
            </a>
          ))}
        </nav>
      )}
      {error && (
        <Alert>
          <strong className="block">{t("errorTitle")}</strong>
          {t(`error_${error === "rate" ? "rate" : error === "invalid" ? "invalid" : "failed"}`)}
        </Alert>
      )}
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <form method="post" action={`/f/${form.slug}/submit`} className="space-y-4">
        <input type="hidden" name="t" value={renderToken} />
        <input type="hidden" name="language" value={language} />
        <div className="space-y-1">
          <label htmlFor="email" className="block text-sm font-medium text-slate-800">
            {t("email")} <span className="font-normal text-slate-600">({t("required")})</span>
          </label>
          <input
            id="email"
            name="email"
            type="email"
            required
            autoComplete="email"
            defaultValue={typed.text.email}
            aria-invalid={Boolean(fieldError("email"))}
            aria-describedby={fieldError("email") ? "email-error" : undefined}
            className={CONTROL}
          />
          <FieldError name="email" message={fieldError("email")} />
        </div>
        {asks("name") && (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              name="firstName"
              label={t("firstName")}
              autoComplete="given-name"
              defaultValue={typed.text.firstName}
            />
            <TextField
              name="lastName"
              label={t("lastName")}
              autoComplete="family-name"
              defaultValue={typed.text.lastName}
            />
          </div>
        )}
        {asks("company") && (
          <TextField
            name="company"
            label={t("company")}
            autoComplete="organization"
            defaultValue={typed.text.company}
          />
        )}
        {asks("jobTitle") && (
          <TextField
            name="jobTitle"
            label={t("jobTitle")}
            autoComplete="organization-title"
            defaultValue={typed.text.jobTitle}
          />
        )}
        <fieldset className="space-y-3" aria-describedby={fieldError("purposes") ? "purposes-error" : undefined}>
          <legend className="mb-2 text-sm font-medium text-slate-800">{t("purposesLegend")}</legend>
          <FieldError name="purposes" message={fieldError("purposes")} />
          {form.purposes.map((p) => (
            <div key={p.key} className="rounded-md border border-slate-200 p-3">
              <input type="hidden" name={`nv.${p.key}`} value={p.notice.version} />
              <div className="flex items-start gap-3">
                <input
                  id={`purpose-${p.key}`}
                  type="checkbox"
                  name="purpose"
                  value={p.key}
                  // Unticked unless the person ticked it themselves before a refused submission.
                  defaultChecked={typed.purposes.includes(p.key)}
                  aria-describedby={`notice-${p.key}`}
                  className="mt-1 h-5 w-5 shrink-0"
                />
                <label htmlFor={`purpose-${p.key}`} className="text-sm font-medium">
                  {language === "en" ? p.nameEn : p.nameNl}
                </label>
              </div>
              <p id={`notice-${p.key}`} className="mt-2 text-sm whitespace-pre-line text-slate-700">
                <span className="sr-only">{t("notice")}: </span>
                {language === "en" ? p.notice.textEn : p.notice.textNl}
              </p>
              {callsAbout(p) && (
                <div className="mt-3 flex items-start gap-3 border-t border-slate-200 pt-3">
                  <input
                    id={`call-${p.key}`}
                    type="checkbox"
                    name="call"
                    value={p.key}
                    defaultChecked={typed.calls.includes(p.key)}
                    aria-describedby="phone-hint"
                    className="mt-1 h-5 w-5 shrink-0"
                  />
                  <label htmlFor={`call-${p.key}`} className="text-sm font-medium">
                    {t("callAbout", { purpose: language === "en" ? p.nameEn : p.nameNl })}
                  </label>
                </div>
              )}
            </div>
          ))}
        </fieldset>
        {offersCalls && (
          <div className="space-y-1">
            <TextField
              name="phone"
              label={t("phone")}
              autoComplete="tel"
              type="tel"
              defaultValue={typed.text.phone}
              error={fieldError("phone")}
            />
            <p id="phone-hint" className="text-xs text-slate-600">
              {t("phoneHint")}
            </p>
          </div>
        )}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="website">{t("honeypot")}</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <p className="text-sm text-slate-700">{t("afterSubmit")}</p>
        <button type="submit" className={buttonClass("primary", "w-full sm:w-auto")}>
          {t("submit")}
        </button>
        <p className="text-sm">
          <a href={v.privacyPolicyUrl} className="text-brand-700 underline" target="_blank" rel="noopener noreferrer">
            {t("privacy")}
          </a>
        </p>
      </form>
    </section>
  );
}

function TextField({
  name,
  label,
  error,
  ...props
}: {
  name: string;
  label: string;
  autoComplete: string;
  type?: string;
  defaultValue?: string;
  error?: string;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type={props.type ?? "text"}
        autoComplete={props.autoComplete}
        defaultValue={props.defaultValue}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${name}-error` : undefined}
        className={CONTROL}
      />
      <FieldError name={name} message={error} />
    </div>
  );
}

function FieldError({ name, message }: { name: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={`${name}-error`} className="text-sm text-red-700">
      {message}
    </p>
  );
}
