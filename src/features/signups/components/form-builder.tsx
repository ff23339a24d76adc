"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { useFormErrors } from "@/components/ui/use-action-form";
import { saveSignupFormAction } from "../actions/save-signup-form";
import { PUBLIC_LANGUAGES, SIGNUP_FIELDS } from "../schemas";

export type BuilderPurpose = { key: string; name: string; notice: string; offersPhone: boolean };
export type BuilderValues = {
  formId?: string;
  slug: string;
  name: string;
  purposeKeys: string[];
  fields: string[];
  languages: string[];
  offerCalls: boolean;
  thankYouNl: string;
  thankYouEn: string;
  organisationName: string;
  privacyPolicyUrl: string;
};

/**
 * The form builder. Each purpose is shown with its current notice text, as the public page will
 * show it. Saving an existing form adds a version: sign-ups keep pointing at the one they saw.
 */
export function SignupFormBuilder({ purposes, initial }: { purposes: BuilderPurpose[]; initial: BuilderValues }) {
  const t = useTranslations("signups");
  const { errors, fromResult } = useFormErrors();
  const [saved, setSaved] = useState<number | null>(null);
  const [pending, setPending] = useState(false);
  async function submit(form: FormData) {
    setPending(true);
    setSaved(null);
    const result = await saveSignupFormAction({
      formId: initial.formId ?? null,
      slug: String(form.get("slug") ?? ""),
      name: String(form.get("name") ?? ""),
      purposeKeys: form.getAll("purposeKeys").map(String),
      fields: form.getAll("fields").map(String) as never,
      languages: form.getAll("languages").map(String) as never,
      offerCalls: form.get("offerCalls") === "on",
      thankYouNl: String(form.get("thankYouNl") ?? ""),
      thankYouEn: String(form.get("thankYouEn") ?? ""),
      organisationName: String(form.get("organisationName") ?? ""),
      privacyPolicyUrl: String(form.get("privacyPolicyUrl") ?? ""),
    });
    if (fromResult(result)) setSaved(result?.data?.currentVersion ?? null);
    setPending(false);
  }
  const err = errors.fields;
  const check = (name: string, value: string, label: string, checked: boolean) => (
    <label key={value} className="flex items-start gap-2 text-sm">
      <input type="checkbox" name={name} value={value} defaultChecked={checked} className="mt-0.5 h-4 w-4" />
      <span>{label}</span>
    </label>
  );
  return (
    <form action={submit} className="space-y-5" aria-label={initial.formId ? t("editTitle") : t("newTitle")}>
      {errors.form && <Alert>{errors.form}</Alert>}
      {saved !== null && <Alert tone="green">{t("saved", { version: saved })}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("f.name")} name="name" error={err.name}>
          <TextInput name="name" required defaultValue={initial.name} error={err.name} />
        </Field>
        <Field label={t("f.slug")} name="slug" error={err.slug} hint={t("f.slugHint")}>
          <TextInput name="slug" required defaultValue={initial.slug} error={err.slug} />
        </Field>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("f.purposes")}</legend>
        <p className="text-xs text-slate-500">{t("f.purposesHint")}</p>
        {err.purposeKeys && <p className="text-sm text-red-700">{err.purposeKeys}</p>}
        {purposes.map((p) => (
          <div key={p.key} className="rounded-md border border-slate-200 p-3">
            {check("purposeKeys", p.key, p.name, initial.purposeKeys.includes(p.key))}
            <p className="mt-1 ml-6 text-xs whitespace-pre-line text-slate-600">{p.notice}</p>
          </div>
        ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("f.fields")}</legend>
          {SIGNUP_FIELDS.map((f) => check("fields", f, t(`f.field_${f}`), initial.fields.includes(f)))}
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("f.languages")}</legend>
          {err.languages && <p className="text-sm text-red-700">{err.languages}</p>}
          {PUBLIC_LANGUAGES.map((l) => check("languages", l, t(`f.lang_${l}`), initial.languages.includes(l)))}
        </fieldset>
      </div>
      {purposes.some((p) => p.offersPhone) && check("offerCalls", "on", t("f.offerCalls"), initial.offerCalls)}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("f.thankYouNl")} name="thankYouNl" error={err.thankYouNl}>
          <TextArea name="thankYouNl" required defaultValue={initial.thankYouNl} error={err.thankYouNl} />
        </Field>
        <Field label={t("f.thankYouEn")} name="thankYouEn" error={err.thankYouEn}>
          <TextArea name="thankYouEn" required defaultValue={initial.thankYouEn} error={err.thankYouEn} />
        </Field>
        <Field label={t("f.organisationName")} name="organisationName" error={err.organisationName}>
          <TextInput
            name="organisationName"
            required
            defaultValue={initial.organisationName}
            error={err.organisationName}
          />
        </Field>
        <Field label={t("f.privacyPolicyUrl")} name="privacyPolicyUrl" error={err.privacyPolicyUrl}>
          <TextInput
            name="privacyPolicyUrl"
            type="url"
            required
            defaultValue={initial.privacyPolicyUrl}
            error={err.privacyPolicyUrl}
          />
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {initial.formId ? t("saveVersion") : t("save")}
      </Button>
    </form>
  );
}
