"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useFormErrors } from "@/components/ui/use-action-form";
import { deleteSegmentAction } from "../actions/save-segment";

/** Deleting asks first; campaigns made from the segment keep their copy of its filter. */
export function DeleteSegmentButton({ segmentId, name }: { segmentId: string; name: string }) {
  const t = useTranslations("segments");
  const tc = useTranslations("common");
  const router = useRouter();
  const { errors, fromResult } = useFormErrors();
  const [pending, setPending] = useState(false);
  return (
    <div className="space-y-2">
      {errors.form && <Alert>{errors.form}</Alert>}
      <ConfirmButton
        variant="danger"
        disabled={pending}
        label={t("delete")}
        title={t("deleteTitle", { name })}
        body={t("deleteBody")}
        confirmLabel={t("deleteConfirm")}
        cancelLabel={tc("cancel")}
        onConfirm={async () => {
          setPending(true);
          const result = await deleteSegmentAction({ segmentId });
          if (fromResult(result)) router.push("/segments");
          else setPending(false);
        }}
      />
    </div>
  );
}
