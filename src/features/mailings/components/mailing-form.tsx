"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { AudienceFields, audienceFromForm } from "@/features/outreach/client";
import { createMailingAction } from "../actions/create-mailing";

type Option = { id: string; name: string };

/**
 * A postal mailing: its purpose and the audience, with the same filter fields as campaigns and
 * segments (the mailing takes the same filter).
 */
export function MailingForm({
  purposes,
  choices,
}: {
  purposes: Option[];
  /** Options of the filters: purposes for the consent filter, imports and tags. */
  choices: { purposes: Option[]; imports: Option[]; tags: Option[] };
}) {
  const t = useTranslations("mailings");
  const router = useRouter();
  const [done, setDone] = useState<{ included: number; excluded: number } | null>(null);
  // A refused save keeps what was typed (the hook submits by hand; a form action would reset it).
  const { errors, pending, onSubmit, formRef } = useActionForm(
    (form) => {
      setDone(null);
      return createMailingAction({
        name: String(form.get("name") ?? ""),
        purposeId: String(form.get("purposeId") ?? ""),
        audience: audienceFromForm(form),
      });
    },
    (res) => {
      if (!res?.data) return;
      setDone({ included: res.data.included, excluded: res.data.excluded });
      router.refresh();
    },
  );
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-4" aria-label={t("newTitle")}>
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
        <div className="mt-3">
          <AudienceFields
            purposes={choices.purposes}
            imports={choices.imports}
            tags={choices.tags}
            withPurposeConsent
          />
        </div>
      </details>
      <Button type="submit" disabled={pending}>
        {t("create")}
      </Button>
    </form>
  );
}
