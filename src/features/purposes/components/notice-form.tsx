"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, TextArea } from "@/components/ui/field";
import { useFormErrors } from "@/components/ui/use-action-form";
import { updatePurposeNoticeAction } from "../actions/update-purpose-notice";

/** Saving never overwrites: it adds a version, because consents point at the text that was shown. */
export function NoticeForm({ purposeId, textNl, textEn }: { purposeId: string; textNl: string; textEn: string }) {
  const t = useTranslations("purposes");
  const { errors, fromResult } = useFormErrors();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function submit(form: FormData) {
    setPending(true);
    setMessage(null);
    const result = await updatePurposeNoticeAction({
      purposeId,
      textNl: String(form.get("textNl") ?? ""),
      textEn: String(form.get("textEn") ?? ""),
    });
    if (fromResult(result) && result?.data)
      setMessage(result.data.created ? t("versionSaved", { version: result.data.version }) : t("versionUnchanged"));
    setPending(false);
  }
  return (
    <form action={submit} className="space-y-4" aria-label={t("noticeTitle")}>
      {errors.form && <Alert>{errors.form}</Alert>}
      {message && <Alert tone="green">{message}</Alert>}
      <Field label={t("textNl")} name="textNl" error={errors.fields.textNl}>
        <TextArea name="textNl" required rows={5} defaultValue={textNl} error={errors.fields.textNl} />
      </Field>
      <Field label={t("textEn")} name="textEn" error={errors.fields.textEn}>
        <TextArea name="textEn" required rows={5} defaultValue={textEn} error={errors.fields.textEn} />
      </Field>
      <p className="text-xs text-slate-500">{t("newVersionHint")}</p>
      <Button type="submit" disabled={pending}>
        {t("saveNewVersion")}
      </Button>
    </form>
  );
}
