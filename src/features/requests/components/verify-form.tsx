"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { VERIFICATION_METHODS, type VerificationMethod } from "../constants";
import { verifyRequestAction } from "../actions/verify-request";

/** Step 1: record how the requester's identity was checked (AVG art. 12 lid 6). */
export function VerifyForm({ requestId }: { requestId: string }) {
  const t = useTranslations("requests");
  const { errors, pending, onSubmit, formRef } = useActionForm((form) =>
    verifyRequestAction({ requestId, method: String(form.get("method")) as VerificationMethod }),
  );
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3" aria-label={t("steps.verifyTitle")}>
      <p className="text-sm text-slate-600">{t("steps.verifyIntro")}</p>
      {errors.form && <Alert>{errors.form}</Alert>}
      <Field label={t("steps.verificationMethod")} name="method">
        <Select name="method" defaultValue="reply_from_known_email">
          {VERIFICATION_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`enums.verificationMethod.${m}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={pending}>
        {t("steps.verify")}
      </Button>
    </form>
  );
}
