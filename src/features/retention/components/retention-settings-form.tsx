"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, TextInput } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateRetentionSettingsAction } from "../actions/update-retention-settings";

type Settings = {
  retentionMonthsWithoutBasis: number;
  retentionAutoErase: boolean;
  eraseWhenConsentOnlyWithdrawn: boolean;
  withdrawalGraceDays: number;
};
type Purpose = { id: string; name: string; retentionMonths: number | null };

/** Retention periods (AVG art. 5 lid 1 sub e) and the switches that let erasure run by itself. */
export function RetentionSettingsForm({ settings, purposes }: { settings: Settings; purposes: Purpose[] }) {
  const t = useTranslations("retention");
  const { errors, saved, pending, onSubmit, formRef } = useActionForm((form) => {
    const purposeMonths: Record<string, number | null> = {};
    for (const p of purposes) {
      const v = String(form.get(`purpose-${p.id}`) ?? "").trim();
      purposeMonths[p.id] = v === "" ? null : Number(v);
    }
    return updateRetentionSettingsAction({
      retentionMonthsWithoutBasis: Number(form.get("retentionMonthsWithoutBasis")),
      retentionAutoErase: form.get("retentionAutoErase") === "on",
      eraseWhenConsentOnlyWithdrawn: form.get("eraseWhenConsentOnlyWithdrawn") === "on",
      withdrawalGraceDays: Number(form.get("withdrawalGraceDays")),
      purposeMonths,
    });
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-4" aria-label={t("settings.title")}>
      {errors.form && <Alert>{errors.form}</Alert>}
      {saved && <Alert tone="green">{t("settings.saved")}</Alert>}
      <Field
        label={t("settings.monthsWithoutBasis")}
        name="retentionMonthsWithoutBasis"
        hint={t("settings.monthsWithoutBasisHint")}
        error={errors.fields.retentionMonthsWithoutBasis}
      >
        <TextInput
          name="retentionMonthsWithoutBasis"
          type="number"
          min={1}
          inputMode="numeric"
          defaultValue={settings.retentionMonthsWithoutBasis}
          error={errors.fields.retentionMonthsWithoutBasis}
        />
      </Field>
      {purposes.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("settings.perPurpose")}</legend>
          <p className="text-xs text-slate-500">{t("settings.perPurposeHint")}</p>
          {purposes.map((p) => (
            <Field key={p.id} label={p.name} name={`purpose-${p.id}`} error={errors.fields[`purposeMonths.${p.id}`]}>
              <TextInput
                name={`purpose-${p.id}`}
                type="number"
                min={0}
                inputMode="numeric"
                placeholder={t("settings.default")}
                defaultValue={p.retentionMonths ?? ""}
              />
            </Field>
          ))}
        </fieldset>
      )}
      <Check
        name="retentionAutoErase"
        label={t("settings.autoErase")}
        hint={t("settings.autoEraseHint")}
        checked={settings.retentionAutoErase}
      />
      <Check
        name="eraseWhenConsentOnlyWithdrawn"
        label={t("settings.withdrawnOnly")}
        hint={t("settings.withdrawnOnlyHint")}
        checked={settings.eraseWhenConsentOnlyWithdrawn}
      />
      <Field label={t("settings.graceDays")} name="withdrawalGraceDays" error={errors.fields.withdrawalGraceDays}>
        <TextInput
          name="withdrawalGraceDays"
          type="number"
          min={0}
          inputMode="numeric"
          defaultValue={settings.withdrawalGraceDays}
          error={errors.fields.withdrawalGraceDays}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("settings.submit")}
      </Button>
    </form>
  );
}

function Check(props: { name: string; label: string; hint: string; checked: boolean }) {
  return (
    <div>
      <label className="flex items-start gap-2 text-sm font-medium text-slate-800">
        <input
          type="checkbox"
          name={props.name}
          defaultChecked={props.checked}
          className="mt-0.5 size-4"
          aria-describedby={`${props.name}-hint`}
        />
        {props.label}
      </label>
      <p id={`${props.name}-hint`} className="ml-6 text-xs text-slate-500">
        {props.hint}
      </p>
    </div>
  );
}
