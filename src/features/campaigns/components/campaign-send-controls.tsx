"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useFormErrors } from "@/components/ui/use-action-form";
import { queueCampaignAction } from "../actions/queue-campaign";
import { sendTestCampaignAction } from "../actions/send-test-campaign";

/** Test to oneself, then send (with a confirmation: a sent campaign cannot be recalled). */
export function CampaignSendControls({ campaignId, allowed }: { campaignId: string; allowed: number }) {
  const t = useTranslations("campaigns");
  const tc = useTranslations("common");
  const router = useRouter();
  const { errors, fromResult } = useFormErrors();
  const [testedTo, setTestedTo] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-3">
      {errors.form && <Alert>{errors.form}</Alert>}
      {testedTo && <Alert tone="green">{t("send.testSent", { to: testedTo })}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() =>
            start(async () => {
              const res = await sendTestCampaignAction({ campaignId });
              if (fromResult(res) && res?.data) setTestedTo(res.data.to);
            })
          }
        >
          {t("send.test")}
        </Button>
        <ConfirmButton
          variant="primary"
          disabled={pending || allowed === 0}
          label={t("send.send", { count: allowed })}
          title={t("send.confirmTitle")}
          body={t("send.confirmBody", { count: allowed })}
          confirmLabel={t("send.confirm")}
          cancelLabel={tc("cancel")}
          onConfirm={() =>
            start(async () => {
              if (fromResult(await queueCampaignAction({ campaignId }))) router.refresh();
            })
          }
        />
      </div>
      <p className="text-xs text-slate-500">{t("send.hint")}</p>
    </div>
  );
}
