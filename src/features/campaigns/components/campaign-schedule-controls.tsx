"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, TextInput } from "@/components/ui/field";
import { useFormErrors } from "@/components/ui/use-action-form";
import { cancelScheduledCampaignAction } from "../actions/cancel-scheduled-campaign";
import { scheduleCampaignAction } from "../actions/schedule-campaign";

/** Plan a draft for a moment in Europe/Amsterdam (the zone is named, whatever the browser's is). */
export function CampaignScheduleForm({ campaignId, min }: { campaignId: string; min: string }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const { errors, fromResult } = useFormErrors();
  const [pending, start] = useTransition();
  return (
    <form
      aria-label={t("schedule.title")}
      className="space-y-3"
      action={(form) =>
        start(async () => {
          const res = await scheduleCampaignAction({ campaignId, sendAt: String(form.get("sendAt") ?? "") });
          if (fromResult(res)) router.refresh();
        })
      }
    >
      {errors.form && <Alert>{errors.form}</Alert>}
      <Field label={t("schedule.sendAt")} name="sendAt" error={errors.fields.sendAt} hint={t("schedule.hint")}>
        <TextInput name="sendAt" type="datetime-local" required min={min} error={errors.fields.sendAt} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("schedule.submit")}
      </Button>
    </form>
  );
}

/** A scheduled campaign: when it goes, and the way back to draft until it starts. */
export function CampaignScheduled({ campaignId, when }: { campaignId: string; when: string }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const { errors, fromResult } = useFormErrors();
  const [pending, start] = useTransition();
  return (
    <div className="space-y-3">
      {errors.form && <Alert>{errors.form}</Alert>}
      <p className="text-sm" role="status">
        {t("schedule.scheduledFor", { when })}
      </p>
      <p className="text-xs text-slate-500">{t("schedule.redecided")}</p>
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          start(async () => {
            if (fromResult(await cancelScheduledCampaignAction({ campaignId }))) router.refresh();
          })
        }
      >
        {t("schedule.cancel")}
      </Button>
    </div>
  );
}
