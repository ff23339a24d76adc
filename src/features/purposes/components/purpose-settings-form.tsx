"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useFormErrors } from "@/components/ui/use-action-form";
import { updatePurposeAction } from "../actions/update-purpose";
import { DPV_PURPOSES } from "../schemas";

type Props = {
  purposeId: string;
  nameNl: string;
  nameEn: string;
  dpvPurpose: string;
  active: boolean;
  /** Shown when the purpose offers calls: the first-call period its consent text states. */
  firstCallMonths?: { value: number | null; organisationDefault: number | null };
};

export function PurposeSettingsForm(props: Props) {
  const t = useTranslations("purposes");
  const { errors, fromResult } = useFormErrors();
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);
  async function submit(form: FormData) {
    setPending(true);
    setSaved(false);
    const result = await updatePurposeAction({
      purposeId: props.purposeId,
      nameNl: String(form.get("nameNl") ?? ""),
      nameEn: String(form.get("nameEn") ?? ""),
      dpvPurpose: String(form.get("dpvPurpose")) as (typeof DPV_PURPOSES)[number],
      active: form.get("active") === "on",
      ...(props.firstCallMonths ? { firstCallMonths: String(form.get("firstCallMonths") ?? "") } : {}),
    });
    setSaved(fromResult(result));
    setPending(false);
  }
  return (
    <form action={submit} className="space-y-4" aria-label={t("settingsTitle")}>
      {errors.form && <Alert>{errors.form}</Alert>}
      {saved && <Alert tone="green">{t("saved")}</Alert>}
      <Field label={t("nameNl")} name="nameNl" error={errors.fields.nameNl}>
        <TextInput name="nameNl" required defaultValue={props.nameNl} error={errors.fields.nameNl} />
      </Field>
      <Field label={t("nameEn")} name="nameEn" error={errors.fields.nameEn}>
        <TextInput name="nameEn" required defaultValue={props.nameEn} error={errors.fields.nameEn} />
      </Field>
      <Field label={t("dpvPurpose")} name="dpvPurpose">
        <Select name="dpvPurpose" defaultValue={props.dpvPurpose}>
          {DPV_PURPOSES.map((d) => (
            <option key={d} value={d}>
              {t(`dpv.${d.replace("dpv:", "")}`)} ({d})
            </option>
          ))}
        </Select>
      </Field>
      {props.firstCallMonths && (
        <Field
          label={t("firstCallMonths")}
          name="firstCallMonths"
          error={errors.fields.firstCallMonths}
          hint={
            props.firstCallMonths.organisationDefault == null
              ? t("firstCallMonthsHintNone")
              : t("firstCallMonthsHint", { months: props.firstCallMonths.organisationDefault })
          }
        >
          <TextInput
            name="firstCallMonths"
            type="number"
            inputMode="numeric"
            min={1}
            max={120}
            defaultValue={props.firstCallMonths.value ?? ""}
            error={errors.fields.firstCallMonths}
          />
        </Field>
      )}
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="active" defaultChecked={props.active} className="mt-0.5 size-5" />
        <span>
          {t("active")}
          <span className="block text-xs text-slate-500">{t("activeHint")}</span>
        </span>
      </label>
      <Button type="submit" disabled={pending}>
        {t("saveSettings")}
      </Button>
    </form>
  );
}
