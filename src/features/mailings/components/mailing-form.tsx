"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { LEGAL_FORMS, SOURCE_TYPES } from "@/domain/vocabulary";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useFormErrors } from "@/components/ui/use-action-form";
import { createMailingAction } from "../actions/create-mailing";

export function MailingForm({ purposes }: { purposes: { id: string; name: string }[] }) {
  const t = useTranslations("mailings");
  const tcmp = useTranslations("campaigns");
  const router = useRouter();
  const { errors, fromResult } = useFormErrors();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<{ included: number; excluded: number } | null>(null);
  async function submit(form: FormData) {
    setPending(true);
    setDone(null);
    const sourceTypes = form.getAll("sourceTypes").map(String) as (typeof SOURCE_TYPES)[number][];
    const legalForms = form.getAll("legalForms").map(String) as (typeof LEGAL_FORMS)[number][];
    const companyName = String(form.get("companyName") ?? "").trim();
    const res = await createMailingAction({
      name: String(form.get("name") ?? ""),
      purposeId: String(form.get("purposeId") ?? ""),
      audience: {
        ...(sourceTypes.length ? { sourceTypes } : {}),
        ...(legalForms.length ? { legalForms } : {}),
        ...(companyName ? { companyName } : {}),
      },
    });
    if (fromResult(res) && res?.data) {
      setDone({ included: res.data.included, excluded: res.data.excluded });
      router.refresh();
    }
    setPending(false);
  }
  return (
    <form action={submit} className="space-y-4" aria-label={t("newTitle")}>
      {errors.form && <Alert>{errors.form}</Alert>}
      {done && <Alert tone="green">{t("created", done)}</Alert>}
      <Field label={t("name")} name="name" error={errors.fields.name}>
        <TextInput name="name" required maxLength={200} error={errors.fields.name} />
      </Field>
      <Field label={t("purpose")} name="purposeId" error={errors.fields.purposeId}>
        <Select name="purposeId" required defaultValue="" error={errors.fields.purposeId}>
          <option value="" disabled>
            {t("choosePurpose")}
          </option>
          {purposes.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <details className="rounded-md p-3 ring-1 ring-slate-200">
        <summary className="cursor-pointer text-sm font-medium">{t("filters")}</summary>
        <div className="mt-3 space-y-3">
          <fieldset>
            <legend className="text-sm font-medium">{tcmp("audience.sourceTypes")}</legend>
            <div className="mt-1 grid grid-cols-2 gap-1">
              {SOURCE_TYPES.map((s) => (
                <label key={s} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="sourceTypes" value={s} className="size-4" />
                  {tcmp(`sourceTypes.${s}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend className="text-sm font-medium">{tcmp("audience.legalForms")}</legend>
            <div className="mt-1 grid grid-cols-2 gap-1">
              {LEGAL_FORMS.map((f) => (
                <label key={f} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="legalForms" value={f} className="size-4" />
                  {tcmp(`legalForms.${f}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <Field label={tcmp("audience.companyName")} name="companyName">
            <TextInput name="companyName" maxLength={200} />
          </Field>
        </div>
      </details>
      <Button type="submit" disabled={pending}>
        {t("create")}
      </Button>
    </form>
  );
}
