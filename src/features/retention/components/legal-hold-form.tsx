"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, TextInput } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { setLegalHoldAction } from "../actions/set-legal-hold";

/** Legal hold on a contact: no automatic or proposed retention erasure while it is set. */
export function LegalHoldForm({
  contactId,
  hold,
  reason,
}: {
  contactId: string;
  hold: boolean;
  reason: string | null;
}) {
  const t = useTranslations("retention");
  const { errors, pending, onSubmit, formRef } = useActionForm((form) =>
    setLegalHoldAction({
      contactId,
      hold: !hold,
      reason: String(form.get("legalHoldReason") ?? "").trim() || undefined,
    }),
  );
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3" aria-label={t("hold.title")}>
      {errors.form && <Alert>{errors.form}</Alert>}
      {hold ? (
        <p className="text-sm" data-testid="legal-hold-on">
          {t("hold.on", { reason: reason ?? "" })}
        </p>
      ) : (
        <Field label={t("hold.reason")} name="legalHoldReason" hint={t("hold.reasonHint")} error={errors.fields.reason}>
          <TextInput name="legalHoldReason" error={errors.fields.reason} />
        </Field>
      )}
      <Button type="submit" variant="secondary" disabled={pending}>
        {hold ? t("hold.lift") : t("hold.set")}
      </Button>
    </form>
  );
}
