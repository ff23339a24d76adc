"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Alert, Card } from "@/components/ui/card";
import { Field, Select, TextArea } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { setOpenTrackingAction } from "../actions/set-open-tracking";

type Props = {
  setting: { enabled: boolean; purposeId: string | null; justification: string };
  purposes: { id: string; name: string }[];
  canEdit: boolean;
};

/**
 * The open-tracking switch. What the law asks is said next to it: a pixel reads the recipient's
 * device (ePrivacy art. 5 lid 3, Tw art. 11.7a), so only people who consented get one.
 */
export function OpenTrackingForm({ setting, purposes, canEdit }: Props) {
  const t = useTranslations("settings.openTracking");
  const router = useRouter();
  const { errors, saved, pending, onSubmit, formRef } = useActionForm(
    (f) =>
      setOpenTrackingAction({
        enabled: f.get("openTrackingEnabled") === "on",
        purposeId: String(f.get("purposeId") ?? ""),
        justification: String(f.get("justification") ?? ""),
      }),
    () => router.refresh(),
  );
  return (
    // A refusal ("choose a purpose") leaves the switch and the text as the officer left them.
    <form ref={formRef} onSubmit={onSubmit}>
      <Card title={t("title")}>
        <div className="space-y-4">
          <p className="text-sm text-slate-600">{t("law")}</p>
          {errors.form && <Alert>{errors.form}</Alert>}
          {saved && <Alert tone="green">{t("saved")}</Alert>}
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name="openTrackingEnabled"
              defaultChecked={setting.enabled}
              disabled={!canEdit}
              className="mt-1"
            />
            <span>
              <span className="font-medium">{t("enabled")}</span>
              <br />
              <span className="text-slate-600">{t("enabledHint")}</span>
            </span>
          </label>
          <Field label={t("purpose")} name="purposeId" error={errors.fields.purposeId} hint={t("purposeHint")}>
            <Select
              name="purposeId"
              defaultValue={setting.purposeId ?? ""}
              disabled={!canEdit}
              error={errors.fields.purposeId}
            >
              <option value="">{t("noPurpose")}</option>
              {purposes.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={t("justification")}
            name="justification"
            error={errors.fields.justification}
            hint={t("justificationHint")}
          >
            <TextArea
              name="justification"
              rows={3}
              defaultValue={setting.justification}
              disabled={!canEdit}
              error={errors.fields.justification}
            />
          </Field>
          {canEdit && (
            <Button type="submit" disabled={pending}>
              {t("save")}
            </Button>
          )}
        </div>
      </Card>
    </form>
  );
}
