"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { useFormErrors } from "@/components/ui/use-action-form";
import { saveProcessingRecordAction } from "../actions/save-processing-record";

type Draft = { description: string; dpiaReference: string; dpiaDate: string; liaText: string };

/** The hand-written part of one register entry; every save is a new version (who and when). */
export function ProcessingRecordForm({ purposeId, draft }: { purposeId: string; draft: Draft }) {
  const t = useTranslations("registers");
  const { errors, fromResult } = useFormErrors();
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const n = (name: string) => `${name}-${purposeId}`;
  async function submit(form: FormData) {
    setPending(true);
    setSaved(false);
    const v = (name: string) => String(form.get(n(name)) ?? "").trim();
    const result = await saveProcessingRecordAction({
      purposeId,
      description: v("description"),
      dpiaReference: v("dpiaReference") || undefined,
      dpiaDate: v("dpiaDate") ? `${v("dpiaDate")}T12:00` : undefined,
      liaText: v("liaText") || undefined,
    });
    setPending(false);
    if (fromResult(result)) setSaved(true);
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit(new FormData(e.currentTarget));
      }}
      className="space-y-3"
      aria-label={t("form.title")}
    >
      {errors.form && <Alert>{errors.form}</Alert>}
      {saved && <Alert tone="green">{t("form.saved")}</Alert>}
      <Field label={t("form.description")} name={n("description")} error={errors.fields.description}>
        <TextArea name={n("description")} rows={3} defaultValue={draft.description} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("form.dpiaReference")} name={n("dpiaReference")}>
          <TextInput name={n("dpiaReference")} defaultValue={draft.dpiaReference} />
        </Field>
        <Field label={t("form.dpiaDate")} name={n("dpiaDate")} error={errors.fields.dpiaDate}>
          <TextInput name={n("dpiaDate")} type="date" defaultValue={draft.dpiaDate} />
        </Field>
      </div>
      <Field label={t("form.lia")} name={n("liaText")} error={errors.fields.liaText}>
        <TextArea name={n("liaText")} rows={4} defaultValue={draft.liaText} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("form.save")}
      </Button>
    </form>
  );
}
