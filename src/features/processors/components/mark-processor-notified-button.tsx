"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useFormErrors } from "@/components/ui/use-action-form";
import { markProcessorNotifiedAction } from "../actions/mark-processor-notified";
import type { ErasureRef } from "./processors-to-tell";

/** "Mark as told": records that this processor was told about the erasure (AVG art. 19). */
export function MarkProcessorNotifiedButton({
  erasure,
  processorId,
  processorName,
}: {
  erasure: ErasureRef;
  processorId: string;
  processorName: string;
}) {
  const t = useTranslations("processors.art19");
  const { errors, fromResult } = useFormErrors();
  const [pending, setPending] = useState(false);
  return (
    <span className="flex items-center gap-2">
      {errors.form && (
        <span role="alert" className="text-red-700">
          {errors.form}
        </span>
      )}
      <Button
        variant="secondary"
        disabled={pending}
        aria-label={t("markToldLabel", { name: processorName })}
        onClick={async () => {
          setPending(true);
          fromResult(await markProcessorNotifiedAction({ processorId, ...erasure }));
          setPending(false);
        }}
      >
        {t("markTold")}
      </Button>
    </span>
  );
}
