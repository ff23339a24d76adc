"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { LEGAL_FORMS, SOURCE_TYPES } from "@/domain/vocabulary";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useFormErrors } from "@/components/ui/use-action-form";
import { createCampaignAction } from "../actions/create-campaign";
import { MessageEditor } from "./message-editor";

type PurposeOption = { id: string; name: string };

const all = (form: FormData, name: string) => form.getAll(name).map(String);

/** Purpose, commercial or not, the message, and filters over contacts. Who of them may receive it
 *  is decided by the rules engine in the preview and again at send time. */
export function CampaignForm({ purposes }: { purposes: PurposeOption[] }) {
  const t = useTranslations("campaigns");
  const tc = useTranslations("common");
  const router = useRouter();
  const { errors, fromResult } = useFormErrors();
  const [pending, setPending] = useState(false);
  const [commercial, setCommercial] = useState(true);
  async function submit(form: FormData) {
    setPending(true);
    const sourceTypes = all(form, "sourceTypes") as (typeof SOURCE_TYPES)[number][];
    const legalForms = all(form, "legalForms") as (typeof LEGAL_FORMS)[number][];
    const companyName = String(form.get("companyName") ?? "").trim();
    const createdAfter = String(form.get("createdAfter") ?? "");
    const result = await createCampaignAction({
      name: String(form.get("name") ?? ""),
      purposeId: String(form.get("purposeId") ?? ""),
      commercial: form.get("commercial") === "on",
      subject: String(form.get("subject") ?? ""),
      body: String(form.get("body") ?? ""),
      format: form.get("format") === "text" ? "text" : "markdown",
      ratePerMinute: String(form.get("ratePerMinute") ?? "").trim() || null,
      audience: {
        ...(sourceTypes.length ? { sourceTypes } : {}),
        ...(legalForms.length ? { legalForms } : {}),
        ...(companyName ? { companyName } : {}),
        ...(form.get("hasConsentForPurpose") === "on" ? { hasConsentForPurpose: true } : {}),
        ...(createdAfter ? { createdAfter: new Date(`${createdAfter}T00:00:00`) } : {}),
      },
    });
    if (fromResult(result) && result?.data) router.push(`/campaigns/${result.data.id}`);
    else setPending(false);
  }
  return (
    <form action={submit} className="space-y-5" aria-label={t("newTitle")}>
      {errors.form && <Alert>{errors.form}</Alert>}
      <Field label={t("fields.name")} name="name" error={errors.fields.name} hint={t("fields.nameHint")}>
        <TextInput name="name" required maxLength={200} error={errors.fields.name} />
      </Field>
      <Field label={t("fields.purpose")} name="purposeId" error={errors.fields.purposeId}>
        <Select name="purposeId" required error={errors.fields.purposeId} defaultValue="">
          <option value="" disabled>
            {t("fields.choosePurpose")}
          </option>
          {purposes.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name="commercial"
          checked={commercial}
          onChange={(e) => setCommercial(e.target.checked)}
          className="mt-1 size-4"
        />
        <span>
          <span className="font-medium">{t("fields.commercial")}</span>
          <br />
          <span className="text-slate-600">{t("fields.commercialHint")}</span>
        </span>
      </label>
      <MessageEditor commercial={commercial} errors={{ subject: errors.fields.subject, body: errors.fields.body }} />
      <Field
        label={t("fields.ratePerMinute")}
        name="ratePerMinute"
        error={errors.fields.ratePerMinute}
        hint={t("fields.ratePerMinuteHint")}
      >
        <TextInput
          name="ratePerMinute"
          type="number"
          inputMode="numeric"
          min={10}
          max={10000}
          error={errors.fields.ratePerMinute}
        />
      </Field>
      <fieldset className="space-y-4 rounded-md p-4 ring-1 ring-slate-200">
        <legend className="px-1 text-sm font-semibold">{t("audience.title")}</legend>
        <p className="text-sm text-slate-600">{t("audience.intro")}</p>
        <fieldset>
          <legend className="text-sm font-medium">{t("audience.sourceTypes")}</legend>
          <div className="mt-1 grid grid-cols-2 gap-1 sm:grid-cols-3">
            {SOURCE_TYPES.map((s) => (
              <label key={s} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="sourceTypes" value={s} className="size-4" />
                {t(`sourceTypes.${s}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="text-sm font-medium">{t("audience.legalForms")}</legend>
          <div className="mt-1 grid grid-cols-2 gap-1 sm:grid-cols-3">
            {LEGAL_FORMS.map((f) => (
              <label key={f} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="legalForms" value={f} className="size-4" />
                {t(`legalForms.${f}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <Field label={t("audience.companyName")} name="companyName">
          <TextInput name="companyName" maxLength={200} />
        </Field>
        <Field label={t("audience.createdAfter")} name="createdAfter">
          <TextInput name="createdAfter" type="date" />
        </Field>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="hasConsentForPurpose" className="size-4" />
          {t("audience.hasConsent")}
        </label>
      </fieldset>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? tc("loading") : t("create")}
        </Button>
      </div>
    </form>
  );
}
