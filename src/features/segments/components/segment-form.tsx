"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { useFormErrors } from "@/components/ui/use-action-form";
import { AudienceFields, audienceFromForm } from "@/features/outreach/client";
import { createSegmentAction, updateSegmentAction } from "../actions/save-segment";
import type { TSegmentFilter } from "../schemas";

type Option = { id: string; name: string };

/** Name, description and the audience filters; the same fields the campaign form offers. */
export function SegmentForm(props: {
  segment?: { id: string; name: string; description: string | null; filter: TSegmentFilter };
  purposes: Option[];
  imports: Option[];
  tags?: Option[];
}) {
  const t = useTranslations("segments");
  const tc = useTranslations("common");
  const router = useRouter();
  const { errors, fromResult } = useFormErrors();
  const [pending, setPending] = useState(false);
  async function submit(form: FormData) {
    setPending(true);
    const input = {
      name: String(form.get("name") ?? ""),
      description: String(form.get("description") ?? ""),
      filter: audienceFromForm(form),
    };
    const result = props.segment
      ? await updateSegmentAction({ ...input, segmentId: props.segment.id })
      : await createSegmentAction(input);
    if (fromResult(result) && result?.data) router.push(`/segments/${result.data.id}`);
    else setPending(false);
  }
  const title = props.segment ? t("editTitle") : t("newTitle");
  return (
    <form action={submit} className="space-y-5" aria-label={title}>
      {errors.form && <Alert>{errors.form}</Alert>}
      <Field label={t("fields.name")} name="name" error={errors.fields.name}>
        <TextInput name="name" required maxLength={200} defaultValue={props.segment?.name} error={errors.fields.name} />
      </Field>
      <Field label={t("fields.description")} name="description" error={errors.fields.description}>
        <TextArea name="description" maxLength={1000} defaultValue={props.segment?.description ?? ""} />
      </Field>
      <section className="space-y-3 rounded-md p-4 ring-1 ring-slate-200" aria-labelledby="segment-filters">
        <h2 id="segment-filters" className="text-sm font-semibold">
          {t("fields.filters")}
        </h2>
        <p className="text-sm text-slate-600">{t("fields.filtersIntro")}</p>
        {errors.fields.consentPurposeId && <Alert>{errors.fields.consentPurposeId}</Alert>}
        <AudienceFields
          defaults={props.segment?.filter}
          purposes={props.purposes}
          imports={props.imports}
          tags={props.tags}
        />
      </section>
      <Button type="submit" disabled={pending}>
        {pending ? tc("loading") : t("save")}
      </Button>
    </form>
  );
}
