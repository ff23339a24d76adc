"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { recordNotificationAction } from "../actions/record-notification";

/**
 * Recording a notification to the Autoriteit Persoonsgegevens: the initial one, then supplements
 * (art. 33 lid 4). The reasons for a delay are asked for when the initial one is late (lid 1).
 */
export function NotificationForm(props: {
  breachId: string;
  hasInitial: boolean;
  defaultSentAt: string;
  lateIfNow: boolean;
}) {
  const t = useTranslations("breaches");
  // A refused notification (e.g. reasons for the delay missing) keeps what was typed.
  const { errors, saved, pending, onSubmit, formRef } = useActionForm((form) => {
    const text = (name: string) => String(form.get(name) ?? "").trim() || undefined;
    return recordNotificationAction({
      breachId: props.breachId,
      phase: String(form.get("phase")) as "initial" | "supplement",
      sentAt: String(form.get("sentAt") ?? ""),
      reference: text("reference"),
      summary: String(form.get("summary") ?? ""),
      lateReason: text("lateReason"),
    });
  });
  const phase = props.hasInitial ? "supplement" : "initial";
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-4" aria-label={t("notify.title")}>
      {errors.form && <Alert>{errors.form}</Alert>}
      {saved && <Alert tone="green">{t("notify.recorded")}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("notify.phase")} name="phase" error={errors.fields.phase}>
          <Select name="phase" defaultValue={phase} key={phase}>
            <option value="initial">{t("phase.initial")}</option>
            <option value="supplement">{t("phase.supplement")}</option>
          </Select>
        </Field>
        <Field label={t("notify.sentAt")} name="sentAt" error={errors.fields.sentAt}>
          <TextInput
            name="sentAt"
            type="datetime-local"
            required
            defaultValue={props.defaultSentAt}
            error={errors.fields.sentAt}
          />
        </Field>
      </div>
      <Field
        label={t("notify.reference")}
        name="reference"
        hint={t("notify.referenceHint")}
        error={errors.fields.reference}
      >
        <TextInput name="reference" error={errors.fields.reference} />
      </Field>
      <Field label={t("notify.summary")} name="summary" error={errors.fields.summary}>
        <TextArea name="summary" rows={3} required error={errors.fields.summary} />
      </Field>
      {!props.hasInitial && (props.lateIfNow || errors.fields.lateReason) && (
        <Field
          label={t("notify.lateReason")}
          name="lateReason"
          hint={t("notify.lateReasonHint")}
          error={errors.fields.lateReason}
        >
          <TextArea name="lateReason" rows={3} error={errors.fields.lateReason} />
        </Field>
      )}
      <Button type="submit" disabled={pending}>
        {t("notify.submit")}
      </Button>
    </form>
  );
}
