"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { cancelImportAction } from "../actions/cancel-import";

/**
 * The progress bar of a queued or running import. The state lives in the database, so a page
 * reload or a server restart shows where it is; the page refreshes itself every second.
 */
export function ImportProgress(props: {
  batchId: string;
  percent: number;
  rowsDone: number;
  rowsPerSecond: number;
  secondsLeft: number | null;
}) {
  const t = useTranslations("imports");
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 1000);
    return () => clearInterval(timer);
  }, [router]);
  return (
    <div className="space-y-3">
      <div
        role="progressbar"
        aria-label={t("progress.label")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={props.percent}
        className="h-3 w-full overflow-hidden rounded bg-slate-200"
      >
        <div className="h-full bg-brand-700 transition-all" style={{ width: `${props.percent}%` }} />
      </div>
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("progress.rows", { count: props.rowsDone })}
        {props.rowsPerSecond > 0 && <> · {t("progress.rate", { rate: props.rowsPerSecond })}</>}
        {props.secondsLeft !== null && <> · {t("progress.timeLeft", { seconds: props.secondsLeft })}</>}
      </p>
      <ConfirmButton
        label={t("progress.cancel")}
        title={t("progress.cancelTitle")}
        body={t("progress.cancelBody")}
        confirmLabel={t("progress.cancelConfirm")}
        cancelLabel={t("progress.keep")}
        variant="danger"
        onConfirm={() => void cancelImportAction({ batchId: props.batchId }).then(() => router.refresh())}
      />
    </div>
  );
}
