"use client";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { useFormErrors } from "@/components/ui/use-action-form";
import { saveProcessorAction } from "../actions/save-processor";

type Purpose = { id: string; name: string };
export type ProcessorDraft = {
  id?: string;
  name: string;
  description: string;
  contactEmail: string;
  agreementSignedAt: string;
  agreementReference: string;
  agreementReviewAt: string;
  location: string;
  transferMechanism: string;
  purposeIds: string[];
};

/** A processor and its agreement (AVG art. 28 lid 3): new, or editing one (`draft.id`). */
export function ProcessorForm({ draft, purposes }: { draft?: ProcessorDraft; purposes: Purpose[] }) {
  const t = useTranslations("processors");
  const { errors, fromResult } = useFormErrors();
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  const p = (name: string) => (draft?.id ? `${name}-${draft.id}` : name);
  async function submit(form: FormData) {
    setPending(true);
    setSaved(false);
    const v = (name: string) => String(form.get(p(name)) ?? "").trim();
    const result = await saveProcessorAction({
      id: draft?.id,
      name: v("name"),
      description: v("description"),
      contactEmail: v("contactEmail") || undefined,
      agreementSignedAt: v("agreementSignedAt") ? `${v("agreementSignedAt")}T12:00` : undefined,
      agreementReference: v("agreementReference") || undefined,
      agreementReviewAt: v("agreementReviewAt") ? `${v("agreementReviewAt")}T00:00` : undefined,
      location: v("location"),
      transferMechanism: v("transferMechanism") || undefined,
      purposeIds: form.getAll(p("purposeIds")).map(String),
    });
    setPending(false);
    if (fromResult(result)) {
      setSaved(true);
      if (!draft?.id) ref.current?.reset();
    }
  }
  return (
    <form
      ref={ref}
      onSubmit={(e) => {
        e.preventDefault();
        void submit(new FormData(e.currentTarget));
      }}
      className="space-y-3"
      aria-label={draft?.id ? t("form.editTitle") : t("form.newTitle")}
    >
      {errors.form && <Alert>{errors.form}</Alert>}
      {saved && <Alert tone="green">{t("form.saved")}</Alert>}
      <Field label={t("fields.name")} name={p("name")} error={errors.fields.name}>
        <TextInput name={p("name")} required defaultValue={draft?.name} error={errors.fields.name} />
      </Field>
      <Field label={t("fields.description")} name={p("description")}>
        <TextArea name={p("description")} rows={2} defaultValue={draft?.description} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label={t("fields.agreementSignedAt")}
          name={p("agreementSignedAt")}
          error={errors.fields.agreementSignedAt}
        >
          <TextInput name={p("agreementSignedAt")} type="date" defaultValue={draft?.agreementSignedAt} />
        </Field>
        <Field
          label={t("fields.agreementReviewAt")}
          name={p("agreementReviewAt")}
          error={errors.fields.agreementReviewAt}
        >
          <TextInput name={p("agreementReviewAt")} type="date" defaultValue={draft?.agreementReviewAt} />
        </Field>
      </div>
      <Field
        label={t("fields.agreementReference")}
        name={p("agreementReference")}
        hint={t("fields.agreementReferenceHint")}
      >
        <TextInput name={p("agreementReference")} defaultValue={draft?.agreementReference} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label={t("fields.location")}
          name={p("location")}
          hint={t("fields.locationHint")}
          error={errors.fields.location}
        >
          <TextInput
            name={p("location")}
            required
            maxLength={2}
            defaultValue={draft?.location ?? "NL"}
            error={errors.fields.location}
          />
        </Field>
        <Field
          label={t("fields.transferMechanism")}
          name={p("transferMechanism")}
          hint={t("fields.transferMechanismHint")}
        >
          <TextInput name={p("transferMechanism")} defaultValue={draft?.transferMechanism} />
        </Field>
      </div>
      <Field label={t("fields.contactEmail")} name={p("contactEmail")} error={errors.fields.contactEmail}>
        <TextInput name={p("contactEmail")} type="email" defaultValue={draft?.contactEmail} />
      </Field>
      {purposes.length > 0 && (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">{t("fields.purposes")}</legend>
          {purposes.map((pp) => (
            <label key={pp.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name={p("purposeIds")}
                value={pp.id}
                defaultChecked={draft?.purposeIds.includes(pp.id)}
                className="size-4"
              />
              {pp.name}
            </label>
          ))}
        </fieldset>
      )}
      <Button type="submit" disabled={pending}>
        {draft?.id ? t("form.save") : t("form.create")}
      </Button>
    </form>
  );
}
