"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { Badge } from "@/components/ui/card";
import { MAX_ATTACHMENT_BYTES } from "@/features/consents/client";

export const STAFF_METHODS = [
  "business_card",
  "verbal_in_person",
  "verbal_phone",
  "paper_form",
  "email_reply",
] as const;
export type StaffMethod = (typeof STAFF_METHODS)[number];

export type Evidence = {
  method: StaffMethod;
  capturedAt: string;
  location: string;
  statement: string;
  onBehalf: boolean;
  grantorName: string;
  grantorRole: string;
  grantorAuthority: string;
  photo: File | null;
  /** Phone without a recording: mail the person a written confirmation right away. */
  sendConfirmation: boolean;
  affirmative: boolean;
};

/** Steps 3-4: how, when, where, the words used, who gave it, and the photo of the card. */
export function OptInEvidenceStep({
  value,
  onChange,
  errors,
  recorderName,
}: {
  value: Evidence;
  onChange: (e: Evidence) => void;
  errors: Record<string, string>;
  recorderName: string;
}) {
  const t = useTranslations("consents");
  const [preview, setPreview] = useState<string | null>(null);
  useEffect(() => {
    if (!value.photo || !value.photo.type.startsWith("image/")) return setPreview(null);
    const url = URL.createObjectURL(value.photo);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [value.photo]);
  const set = <K extends keyof Evidence>(k: K, v: Evidence[K]) => onChange({ ...value, [k]: v });
  const tooBig = value.photo && value.photo.size > MAX_ATTACHMENT_BYTES;
  const byPhone = value.method === "verbal_phone";
  return (
    <fieldset className="space-y-3">
      <legend className="text-base font-semibold">{t("optIn.evidenceTitle")}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("evidence.method")} name="method">
          <Select name="method" value={value.method} onChange={(e) => set("method", e.target.value as StaffMethod)}>
            {STAFF_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`methods.${m}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("evidence.capturedAt")} name="capturedAt" error={errors.capturedAt}>
          <TextInput
            name="capturedAt"
            type="datetime-local"
            value={value.capturedAt}
            onChange={(e) => set("capturedAt", e.target.value)}
            error={errors.capturedAt}
          />
        </Field>
      </div>
      <p className="text-xs text-slate-500">{t("optIn.recordedBy", { name: recorderName })}</p>
      <Field label={t("evidence.location")} name="location" hint={t("optIn.locationHint")} error={errors.location}>
        <TextInput
          name="location"
          value={value.location}
          onChange={(e) => set("location", e.target.value)}
          error={errors.location}
        />
      </Field>
      <Field label={t("evidence.statement")} name="statement" hint={t("optIn.statementHint")} error={errors.statement}>
        <TextArea
          name="statement"
          rows={2}
          value={value.statement}
          onChange={(e) => set("statement", e.target.value)}
          error={errors.statement}
        />
      </Field>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-0.5 size-5"
          checked={value.onBehalf}
          onChange={(e) => set("onBehalf", e.target.checked)}
        />
        <span>
          {t("optIn.onBehalf")}
          <span className="block text-xs text-slate-500">{t("optIn.onBehalfHint")}</span>
        </span>
      </label>
      {value.onBehalf && (
        <div className="grid gap-3 rounded-md bg-amber-50 p-3 sm:grid-cols-2">
          <Field label={t("evidence.grantorName")} name="grantor.name" error={errors["grantor.name"]}>
            <TextInput
              name="grantor.name"
              value={value.grantorName}
              onChange={(e) => set("grantorName", e.target.value)}
              error={errors["grantor.name"]}
            />
          </Field>
          <Field label={t("evidence.grantorRole")} name="grantor.role" error={errors["grantor.role"]}>
            <TextInput
              name="grantor.role"
              value={value.grantorRole}
              onChange={(e) => set("grantorRole", e.target.value)}
              error={errors["grantor.role"]}
            />
          </Field>
          <div className="sm:col-span-2">
            <Field
              label={t("evidence.grantorAuthority")}
              name="grantor.authority"
              hint={t("optIn.authorityHint")}
              error={errors["grantor.authority"]}
            >
              <TextArea
                name="grantor.authority"
                rows={2}
                value={value.grantorAuthority}
                onChange={(e) => set("grantorAuthority", e.target.value)}
                error={errors["grantor.authority"]}
              />
            </Field>
          </div>
        </div>
      )}
      <Field
        label={byPhone ? t("optIn.confirmationFile") : t("optIn.photo")}
        name="photo"
        hint={byPhone ? t("optIn.confirmationHint") : t("optIn.photoHint")}
        error={tooBig ? t("errors.fileTooLarge") : errors.photo}
      >
        <input
          id="photo"
          name="photo"
          type="file"
          accept={byPhone ? "image/*,application/pdf" : "image/*"}
          capture={byPhone ? undefined : "environment"}
          onChange={(e) => set("photo", e.target.files?.[0] ?? null)}
          className="block w-full text-sm file:mr-3 file:min-h-10 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:text-sm file:font-medium"
        />
      </Field>
      {byPhone && !value.photo && (
        <div className="space-y-2 rounded-md bg-amber-50 p-3 text-sm">
          <p>
            <Badge tone="amber">{t("strength.weak")}</Badge> {t("optIn.weakHint")}
          </p>
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              name="sendWrittenConfirmation"
              className="mt-0.5 size-5"
              checked={value.sendConfirmation}
              onChange={(e) => set("sendConfirmation", e.target.checked)}
            />
            <span>
              {t("optIn.sendConfirmation")}
              <span className="block text-xs text-slate-600">{t("optIn.sendConfirmationHint")}</span>
            </span>
          </label>
        </div>
      )}
      {preview && (
        // eslint-disable-next-line @next/next/no-img-element -- a local preview (blob: URL), nothing to optimise
        <img src={preview} alt={t("optIn.photoPreview")} className="h-28 w-auto rounded ring-1 ring-slate-200" />
      )}
      <label
        className={`flex items-start gap-3 rounded-md p-3 text-sm ring-1 ${errors.affirmativeAct ? "ring-red-600" : "ring-slate-300"}`}
      >
        <input
          type="checkbox"
          name="affirmativeAct"
          className="mt-0.5 size-5"
          checked={value.affirmative}
          onChange={(e) => set("affirmative", e.target.checked)}
        />
        <span>
          {t("optIn.affirmative")}
          <span className="block text-xs text-slate-500">{t("optIn.affirmativeHint")}</span>
          {errors.affirmativeAct && <span className="block text-red-700">{errors.affirmativeAct}</span>}
        </span>
      </label>
    </fieldset>
  );
}
