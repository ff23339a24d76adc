"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useFormErrors } from "@/components/ui/use-action-form";
import { undoImportAction } from "../actions/undo-import";

export function UndoImportButton({ batchId }: { batchId: string }) {
  const t = useTranslations("imports");
  const { errors, fromResult } = useFormErrors();
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      {errors.form && <Alert>{errors.form}</Alert>}
      {done && <Alert tone="green">{done}</Alert>}
      <ConfirmButton
        label={t("result.undo")}
        title={t("result.undoTitle")}
        body={t("result.undoBody")}
        confirmLabel={t("result.undoConfirm")}
        cancelLabel={t("result.undoCancel")}
        variant="danger"
        onConfirm={async () => {
          const result = await undoImportAction({ batchId });
          if (fromResult(result) && result?.data)
            setDone(
              t("result.undone", {
                deleted: result.data.contactsDeleted,
                kept: result.data.contactsKept,
                merges: result.data.mergesReverted,
              }),
            );
        }}
      />
    </div>
  );
}
