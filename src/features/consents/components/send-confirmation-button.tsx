"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { sendWrittenConfirmationAction } from "../actions/send-written-confirmation";

/** Sends (or sends again) the written confirmation of one weak consent, and says how it went. */
export function SendConfirmationButton({ contactId, consentRecordId }: { contactId: string; consentRecordId: string }) {
  const t = useTranslations("consents.awaiting");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-1">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await sendWrittenConfirmationAction({ contactId, consentRecordId });
            setMessage(
              res?.data ? { ok: true, text: t("sent") } : { ok: false, text: res?.serverError?.message ?? t("failed") },
            );
          })
        }
      >
        {t("send")}
      </Button>
      {message && (
        <p role="status" className={`text-sm ${message.ok ? "text-green-800" : "text-red-700"}`}>
          {message.text}
        </p>
      )}
    </div>
  );
}
