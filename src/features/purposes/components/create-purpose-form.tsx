"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { CHANNELS, type Channel } from "@/domain/vocabulary";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { useFormErrors } from "@/components/ui/use-action-form";
import { createPurposeAction } from "../actions/create-purpose";
import { DPV_PURPOSES } from "../schemas";

export function CreatePurposeForm() {
  const t = useTranslations("purposes");
  const tc = useTranslations("consents");
  const { errors, fromResult } = useFormErrors();
  const [created, setCreated] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  async function submit(form: FormData) {
    setPending(true);
    setCreated(null);
    const result = await createPurposeAction({
      key: String(form.get("key") ?? ""),
      nameNl: String(form.get("nameNl") ?? ""),
      nameEn: String(form.get("nameEn") ?? ""),
      directMarketing: form.get("directMarketing") === "on",
      similarProductsOnly: form.get("similarProductsOnly") === "on",
      channels: form.getAll("channels").map(String) as Channel[],
      dpvPurpose: String(form.get("dpvPurpose")) as (typeof DPV_PURPOSES)[number],
      textNl: String(form.get("textNl") ?? ""),
      textEn: String(form.get("textEn") ?? ""),
    });
    if (fromResult(result) && result?.data) {
      formRef.current?.reset();
      setCreated(result.data.id);
    }
    setPending(false);
  }
  return (
    <form ref={formRef} action={submit} className="space-y-4" aria-label={t("createTitle")}>
      {errors.form && <Alert>{errors.form}</Alert>}
      {created && (
        <Alert tone="green">
          {t("created")}{" "}
          <Link className="underline" href={`/purposes/${created}`}>
            {t("open")}
          </Link>
        </Alert>
      )}
      <Field label={t("key")} name="key" error={errors.fields.key} hint={t("keyHint")}>
        <TextInput
          name="key"
          required
          pattern="[a-zA-Z0-9][a-zA-Z0-9_\-]{1,62}"
          error={errors.fields.key}
          autoCapitalize="none"
        />
      </Field>
      <Field label={t("nameNl")} name="nameNl" error={errors.fields.nameNl}>
        <TextInput name="nameNl" required error={errors.fields.nameNl} />
      </Field>
      <Field label={t("nameEn")} name="nameEn" error={errors.fields.nameEn}>
        <TextInput name="nameEn" required error={errors.fields.nameEn} />
      </Field>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">{t("channels")}</legend>
        <div className="flex flex-wrap gap-3">
          {CHANNELS.map((c) => (
            <label key={c} className="flex min-h-10 items-center gap-2 text-sm">
              <input type="checkbox" name="channels" value={c} defaultChecked={c === "email"} className="size-5" />{" "}
              {tc(`channels.${c}`)}
            </label>
          ))}
        </div>
        {errors.fields.channels && <p className="text-sm text-red-700">{errors.fields.channels}</p>}
      </fieldset>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="directMarketing" defaultChecked className="mt-0.5 size-5" />
        <span>
          {t("directMarketing")}
          <span className="block text-xs text-slate-500">{t("directMarketingHint")}</span>
        </span>
      </label>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="similarProductsOnly" className="mt-0.5 size-5" />
        <span>
          {t("similarProductsOnly")}
          <span className="block text-xs text-slate-500">{t("similarProductsOnlyHint")}</span>
        </span>
      </label>
      <Field label={t("dpvPurpose")} name="dpvPurpose" hint={t("dpvPurposeHint")}>
        <Select name="dpvPurpose" defaultValue="dpv:DirectMarketing">
          {DPV_PURPOSES.map((d) => (
            <option key={d} value={d}>
              {t(`dpv.${d.replace("dpv:", "")}`)} ({d})
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("textNl")} name="textNl" error={errors.fields.textNl} hint={t("textHint")}>
        <TextArea name="textNl" required rows={4} error={errors.fields.textNl} />
      </Field>
      <Field label={t("textEn")} name="textEn" error={errors.fields.textEn}>
        <TextArea name="textEn" required rows={4} error={errors.fields.textEn} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("create")}
      </Button>
    </form>
  );
}
