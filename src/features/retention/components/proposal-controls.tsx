"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useFormErrors } from "@/components/ui/use-action-form";
import { approveProposalAction } from "../actions/approve-proposal";
import { rejectProposalAction } from "../actions/reject-proposal";
import { runRetentionAction } from "../actions/run-retention";

/** Approve (erase, after a confirmation: it cannot be undone), reject, or check again now. */
export function ProposalControls({ proposalId, count }: { proposalId: string | null; count: number }) {
  const t = useTranslations("retention");
  const router = useRouter();
  const { errors, fromResult } = useFormErrors();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function run(
    action: () => Promise<Parameters<typeof fromResult>[0] & { data?: unknown }>,
    done: (d: never) => string,
  ) {
    setPending(true);
    setMessage(null);
    const result = await action();
    setPending(false);
    if (fromResult(result) && result?.data) setMessage(done(result.data as never));
    router.refresh();
  }
  return (
    <div className="space-y-3">
      {errors.form && <Alert>{errors.form}</Alert>}
      {message && <Alert tone="green">{message}</Alert>}
      <div className="flex flex-wrap gap-2">
        {proposalId && (
          <>
            <ConfirmButton
              variant="danger"
              disabled={pending}
              label={t("proposal.approve", { count })}
              title={t("proposal.confirmTitle")}
              body={t("proposal.confirmBody", { count })}
              confirmLabel={t("proposal.confirm")}
              cancelLabel={t("proposal.cancel")}
              onConfirm={() =>
                run(
                  () => approveProposalAction({ proposalId }),
                  (d: { erased: number; kept: number }) => t("proposal.approved", d),
                )
              }
            />
            <Button
              variant="secondary"
              disabled={pending}
              onClick={() =>
                run(
                  () => rejectProposalAction({ proposalId }),
                  () => t("proposal.rejected"),
                )
              }
            >
              {t("proposal.reject")}
            </Button>
          </>
        )}
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() =>
            run(
              () => runRetentionAction({}),
              (d: { candidates: number; erased: number }) => t("proposal.ran", d),
            )
          }
        >
          {t("proposal.runNow")}
        </Button>
      </div>
    </div>
  );
}
