"use client";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, TextInput } from "@/components/ui/field";
import { useFormErrors } from "@/components/ui/use-action-form";
import { addSubProcessorAction } from "../actions/add-sub-processor";

/** A sub-processor with the written authorisation for it (AVG art. 28 lid 2). */
export function SubProcessorForm({ processorId }: { processorId: string }) {
  const t = useTranslations("processors");
  const { errors, fromResult } = useFormErrors();
  const [pending, setPending] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  const n = (name: string) => `${name}-sub-${processorId}`;
  async function submit(form: FormData) {
    setPending(true);
    const v = (name: string) => String(form.get(n(name)) ?? "").trim();
    const result = await addSubProcessorAction({
      processorId,
      name: v("name"),
      service: v("service"),
      location: v("location"),
      transferMechanism: v("transferMechanism") || undefined,
      authorisedAt: v("authorisedAt") ? `${v("authorisedAt")}T12:00` : undefined,
      authorisationReference: v("authorisationReference") || undefined,
    });
    setPending(false);
    if (fromResult(result)) ref.current?.reset();
  }
  return (
    <form
      ref={ref}
      onSubmit={(e) => {
        e.preventDefault();
        void submit(new FormData(e.currentTarget));
      }}
      className="space-y-3"
      aria-label={t("sub.add")}
    >
      {errors.form && <Alert>{errors.form}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("sub.name")} name={n("name")} error={errors.fields.name}>
          <TextInput name={n("name")} required error={errors.fields.name} />
        </Field>
        <Field label={t("sub.service")} name={n("service")}>
          <TextInput name={n("service")} />
        </Field>
        <Field label={t("fields.location")} name={n("location")} error={errors.fields.location}>
          <TextInput name={n("location")} required maxLength={2} defaultValue="NL" error={errors.fields.location} />
        </Field>
        <Field label={t("fields.transferMechanism")} name={n("transferMechanism")}>
          <TextInput name={n("transferMechanism")} />
        </Field>
        <Field label={t("sub.authorisedAt")} name={n("authorisedAt")}>
          <TextInput name={n("authorisedAt")} type="date" />
        </Field>
        <Field label={t("sub.authorisationReference")} name={n("authorisationReference")}>
          <TextInput name={n("authorisationReference")} />
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("sub.add")}
      </Button>
    </form>
  );
}
