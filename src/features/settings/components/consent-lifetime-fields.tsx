"use client";
import { useTranslations } from "next-intl";
import { Field, TextInput } from "@/components/ui/field";
import type { TUpdateSettingsInput } from "../schemas";

export type ConsentLifetimeValues = {
  emailConsentLifetimeDays: number | null;
  smsConsentLifetimeDays: number | null;
  postConsentLifetimeDays: number | null;
  phoneFirstCallMonths: number | null;
};
const KEYS = [
  "phoneFirstCallMonths",
  "emailConsentLifetimeDays",
  "smsConsentLifetimeDays",
  "postConsentLifetimeDays",
] as const satisfies readonly (keyof ConsentLifetimeValues)[];

/** The form's values for the lifetime fields, as typed (the schema turns "" into "none"). */
export function consentLifetimeInput(f: FormData): Pick<TUpdateSettingsInput, (typeof KEYS)[number]> {
  return Object.fromEntries(KEYS.map((k) => [k, String(f.get(k) ?? "")])) as never;
}

/**
 * How long consent counts per channel: phone's first-call window (telemarketing code, six months by
 * default) and a lifetime of their own for e-mail, SMS and post (empty = the general lifetime).
 */
export function ConsentLifetimeFields({
  values,
  errors,
  canEdit,
}: {
  values: ConsentLifetimeValues;
  errors: Record<string, string>;
  canEdit: boolean;
}) {
  const t = useTranslations("settings.lifetime");
  return (
    <fieldset className="space-y-3 sm:col-span-2">
      <legend className="text-sm font-medium text-slate-900">{t("title")}</legend>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {KEYS.map((name) => (
          <Field key={name} label={t(`fields.${name}`)} name={name} error={errors[name]} hint={t(`hints.${name}`)}>
            <TextInput
              name={name}
              type="number"
              inputMode="numeric"
              min={1}
              defaultValue={values[name] ?? ""}
              disabled={!canEdit}
              error={errors[name]}
            />
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
