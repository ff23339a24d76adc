"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { BREACH_DATA_CATEGORIES, BREACH_RISKS, BREACH_SUBJECT_CATEGORIES } from "../schemas";
import { registerBreachAction } from "../actions/register-breach";

type Option = { id: string; name: string };

/**
 * Registering a breach. The moment of awareness starts the 72 hours (AVG art. 33 lid 1); for a
 * breach at a processor it is when the processor told us (lid 2), which the hint spells out.
 */
export function RegisterBreachForm({ defaultAwareAt, processors }: { defaultAwareAt: string; processors: Option[] }) {
  const t = useTranslations("breaches");
  const router = useRouter();
  const [risk, setRisk] = useState<(typeof BREACH_RISKS)[number]>("risk");
  const { errors, pending, onSubmit, formRef } = useActionForm(
    (form) => {
      const text = (name: string) => String(form.get(name) ?? "").trim() || undefined;
      return registerBreachAction({
        title: String(form.get("title") ?? ""),
        occurredAt: text("occurredAt"),
        awareAt: String(form.get("awareAt") ?? ""),
        reportedByProcessorId: text("reportedByProcessorId"),
        description: String(form.get("description") ?? ""),
        dataCategories: form.getAll("dataCategories").map(String) as (typeof BREACH_DATA_CATEGORIES)[number][],
        subjectCategories: form.getAll("subjectCategories").map(String) as (typeof BREACH_SUBJECT_CATEGORIES)[number][],
        approxSubjects: text("approxSubjects"),
        approxRecords: text("approxRecords"),
        consequences: text("consequences") ?? "",
        measures: text("measures") ?? "",
        risk,
        notNotifiedReason: text("notNotifiedReason"),
      });
    },
    (result) => {
      if (result?.data) router.push(`/breaches/${result.data.id}`);
    },
  );
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-4" aria-label={t("register.title")}>
      {errors.form && <Alert>{errors.form}</Alert>}
      <Field label={t("fields.title")} name="title" error={errors.fields.title}>
        <TextInput name="title" required error={errors.fields.title} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("fields.awareAt")} name="awareAt" error={errors.fields.awareAt} hint={t("fields.awareAtHint")}>
          <TextInput
            name="awareAt"
            type="datetime-local"
            required
            defaultValue={defaultAwareAt}
            error={errors.fields.awareAt}
          />
        </Field>
        <Field label={t("fields.occurredAt")} name="occurredAt" error={errors.fields.occurredAt}>
          <TextInput name="occurredAt" type="datetime-local" error={errors.fields.occurredAt} />
        </Field>
      </div>
      <Field
        label={t("fields.reportedByProcessor")}
        name="reportedByProcessorId"
        error={errors.fields.reportedByProcessorId}
      >
        <Select name="reportedByProcessorId" defaultValue="">
          <option value="">{t("fields.notAProcessor")}</option>
          {processors.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("fields.description")} name="description" error={errors.fields.description}>
        <TextArea name="description" rows={4} required error={errors.fields.description} />
      </Field>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <CheckboxGroup
          name="dataCategories"
          legend={t("fields.dataCategories")}
          values={BREACH_DATA_CATEGORIES}
          label={(v) => t(`dataCategory.${v}`)}
        />
        <CheckboxGroup
          name="subjectCategories"
          legend={t("fields.subjectCategories")}
          values={BREACH_SUBJECT_CATEGORIES}
          label={(v) => t(`subjectCategory.${v}`)}
        />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("fields.approxSubjects")} name="approxSubjects" error={errors.fields.approxSubjects}>
          <TextInput
            name="approxSubjects"
            type="number"
            min={0}
            inputMode="numeric"
            error={errors.fields.approxSubjects}
          />
        </Field>
        <Field label={t("fields.approxRecords")} name="approxRecords" error={errors.fields.approxRecords}>
          <TextInput
            name="approxRecords"
            type="number"
            min={0}
            inputMode="numeric"
            error={errors.fields.approxRecords}
          />
        </Field>
      </div>
      <Field label={t("fields.consequences")} name="consequences" error={errors.fields.consequences}>
        <TextArea name="consequences" rows={3} error={errors.fields.consequences} />
      </Field>
      <Field label={t("fields.measures")} name="measures" error={errors.fields.measures}>
        <TextArea name="measures" rows={3} error={errors.fields.measures} />
      </Field>
      <Field label={t("fields.risk")} name="risk" hint={t("fields.riskHint")}>
        <Select name="risk" value={risk} onChange={(e) => setRisk(e.target.value as typeof risk)}>
          {BREACH_RISKS.map((r) => (
            <option key={r} value={r}>
              {t(`risk.${r}`)}
            </option>
          ))}
        </Select>
      </Field>
      {risk === "unlikely" && (
        <Field label={t("fields.notNotifiedReason")} name="notNotifiedReason" error={errors.fields.notNotifiedReason}>
          <TextArea name="notNotifiedReason" rows={3} error={errors.fields.notNotifiedReason} />
        </Field>
      )}
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {t("register.submit")}
      </Button>
    </form>
  );
}

function CheckboxGroup<V extends string>(props: {
  name: string;
  legend: string;
  values: readonly V[];
  label: (v: V) => string;
}) {
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium text-slate-800">{props.legend}</legend>
      {props.values.map((v) => (
        <label key={v} className="flex items-center gap-2 text-sm">
          <input type="checkbox" name={props.name} value={v} className="size-4" />
          {props.label(v)}
        </label>
      ))}
    </fieldset>
  );
}
