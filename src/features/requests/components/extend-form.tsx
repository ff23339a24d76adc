"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, Select, TextArea } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { extendRequestAction } from "../actions/extend-request";

/** Extending the period by one or two months, decided within the first month (AVG art. 12 lid 3). */
export function ExtendForm({ requestId, remainingMonths }: { requestId: string; remainingMonths: number }) {
  const t = useTranslations("requests");
  const { errors, pending, onSubmit, formRef } = useActionForm((form) =>
    extendRequestAction({
      requestId,
      months: Number(form.get("extensionMonths")),
      reason: String(form.get("extensionReason") ?? ""),
    }),
  );
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3" aria-label={t("steps.extendTitle")}>
      <p className="text-sm text-slate-600">{t("steps.extendIntro")}</p>
      {errors.form && <Alert>{errors.form}</Alert>}
      <Field label={t("steps.extendMonths")} name="extensionMonths" error={errors.fields.months}>
        <Select name="extensionMonths" defaultValue="1">
          {Array.from({ length: remainingMonths }, (_, i) => i + 1).map((m) => (
            <option key={m} value={m}>
              {t("steps.months", { count: m })}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t("steps.extendReason")}
        name="extensionReason"
        error={errors.fields.reason}
        hint={t("steps.extendReasonHint")}
      >
        <TextArea name="extensionReason" required minLength={5} error={errors.fields.reason} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("steps.extend")}
      </Button>
    </form>
  );
}
