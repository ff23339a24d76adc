import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { REQUEST_TYPES, type RequestType } from "@/domain/vocabulary";
import type { LetterLanguage } from "../constants";

const CONTROL =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600";

/** What the person typed before a refused submission, and which fields were wrong (message keys). */
export type PublicRequestTyped = {
  type?: string;
  name?: string;
  email?: string;
  details?: string;
  errors: Record<string, string>;
};

/**
 * The public request page's form: a plain HTML form that POSTs to `/privacy/request/submit`, so it
 * works without JavaScript. No sign-in: anyone may exercise their rights (AVG art. 12 lid 2). The
 * hidden fields carry the language and a signed render stamp; "website" is a honeypot people never
 * see. After a refused submission the page shows the form again with what was typed.
 */
export async function PublicRequestForm({
  language,
  organisation,
  renderToken,
  error,
  controllerEmail,
  typed,
}: {
  language: LetterLanguage;
  organisation: string;
  renderToken: string;
  error?: string;
  controllerEmail: string;
  typed: PublicRequestTyped;
}) {
  const [t, root] = await Promise.all([
    getTranslations({ locale: language, namespace: "requests.public" }),
    getTranslations({ locale: language }),
  ]);
  const message = (key: string) => (root.has(key as never) ? root(key as never) : key);
  const fieldError = (name: string) => (typed.errors[name] ? message(typed.errors[name]) : undefined);
  const described = (name: string, hint?: boolean) =>
    [fieldError(name) ? `${name}-error` : null, hint ? `${name}-hint` : null].filter(Boolean).join(" ") || undefined;
  const errorText =
    error === "invalid"
      ? t("error_invalid")
      : error === "rate"
        ? controllerEmail
          ? t("error_rate_contact", { email: controllerEmail })
          : t("error_rate")
        : t("error_failed");
  return (
    <section
      lang={language}
      aria-labelledby="request-title"
      className="space-y-5 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200"
    >
      <h1 id="request-title" className="text-xl font-semibold">
        {t("title")}
      </h1>
      <nav aria-label="Language / Taal" className="flex gap-3 text-sm">
        {(["nl", "en"] as const).map((l) => (
          <a
            key={l}
            href={`/privacy/request?lang=${l}`}
            lang={l}
            aria-current={l === language ? "true" : undefined}
            className={l === language ? "font-semibold underline" : "text-brand-700 underline"}
          >
            {l === "nl" ? "Nederlands" : "English"}
          </a>
        ))}
      </nav>
      {error && (
        <Alert>
          <strong className="block">{t("errorTitle")}</strong>
          {errorText}
        </Alert>
      )}
      <p className="text-sm text-slate-700">{t("intro", { organisation })}</p>
      <form method="post" action="/privacy/request/submit" className="space-y-5">
        <input type="hidden" name="t" value={renderToken} />
        <input type="hidden" name="language" value={language} />
        <fieldset className="space-y-2" aria-describedby={fieldError("type") ? "type-error" : undefined}>
          <legend className="mb-1 text-sm font-medium text-slate-800">
            {t("typeLegend")} <span className="font-normal text-slate-600">({t("required")})</span>
          </legend>
          {fieldError("type") && (
            <p id="type-error" className="text-sm text-red-700">
              {fieldError("type")}
            </p>
          )}
          {REQUEST_TYPES.map((type: RequestType) => (
            <div key={type} className="flex items-start gap-3 rounded-md border border-slate-200 p-3">
              <input
                id={`type-${type}`}
                type="radio"
                name="type"
                value={type}
                required
                defaultChecked={typed.type === type}
                aria-describedby={`type-${type}-hint`}
                className="mt-1 h-5 w-5 shrink-0"
              />
              <label htmlFor={`type-${type}`} className="text-sm">
                <span className="block font-medium">{t(`types.${type}.label`)}</span>
                <span id={`type-${type}-hint`} className="block text-slate-600">
                  {t(`types.${type}.hint`)}
                </span>
              </label>
            </div>
          ))}
        </fieldset>
        <TextField
          name="name"
          label={t("name")}
          required={t("required")}
          autoComplete="name"
          defaultValue={typed.name}
          error={fieldError("name")}
          describedBy={described("name")}
        />
        <TextField
          name="email"
          type="email"
          label={t("email")}
          required={t("required")}
          autoComplete="email"
          defaultValue={typed.email}
          error={fieldError("email")}
          hint={t("emailHint")}
          describedBy={described("email", true)}
        />
        <div className="space-y-1">
          <label htmlFor="details" className="block text-sm font-medium text-slate-800">
            {t("details")}
          </label>
          <textarea
            id="details"
            name="details"
            rows={4}
            maxLength={2000}
            defaultValue={typed.details}
            aria-invalid={Boolean(fieldError("details"))}
            aria-describedby={described("details", true)}
            className={CONTROL}
          />
          <p id="details-hint" className="text-xs text-slate-600">
            {t("detailsHint")}
          </p>
          {fieldError("details") && (
            <p id="details-error" className="text-sm text-red-700">
              {fieldError("details")}
            </p>
          )}
        </div>
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="website">{t("honeypot")}</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <button type="submit" className={buttonClass("primary", "w-full sm:w-auto")}>
          {t("submit")}
        </button>
      </form>
    </section>
  );
}

function TextField(props: {
  name: string;
  label: string;
  required: string;
  autoComplete: string;
  type?: string;
  defaultValue?: string;
  error?: string;
  hint?: string;
  describedBy?: string;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={props.name} className="block text-sm font-medium text-slate-800">
        {props.label} <span className="font-normal text-slate-600">({props.required})</span>
      </label>
      <input
        id={props.name}
        name={props.name}
        type={props.type ?? "text"}
        required
        autoComplete={props.autoComplete}
        defaultValue={props.defaultValue}
        aria-invalid={Boolean(props.error)}
        aria-describedby={props.describedBy}
        className={CONTROL}
      />
      {props.hint && (
        <p id={`${props.name}-hint`} className="text-xs text-slate-600">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${props.name}-error`} className="text-sm text-red-700">
          {props.error}
        </p>
      )}
    </div>
  );
}
