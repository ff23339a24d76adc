"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useFormErrors } from "@/components/ui/use-action-form";
import { CALL_OUTCOMES, type CallOutcome } from "../schemas";
import { logCallAction } from "../actions/log-call";

/** Log the outcome of a call. "Don't call me again" has its own button: it must be recorded at
 *  once, and it takes the contact off every marketing list (AVG art. 21 lid 3). */
export function LogCallForm({
  contactId,
  purposeId,
  phoneNumberId,
  name,
  noticeDue = false,
}: {
  contactId: string;
  purposeId: string;
  phoneNumberId: string;
  name: string;
  /** The person is owed the art. 14 notice: the caller ticks that they said the opening line. */
  noticeDue?: boolean;
}) {
  const t = useTranslations("calls");
  const tc = useTranslations("common");
  const router = useRouter();
  const id = useId();
  const { errors, fromResult } = useFormErrors();
  const [outcome, setOutcome] = useState<CallOutcome>("reached");
  const [notes, setNotes] = useState("");
  const [noticeGiven, setNoticeGiven] = useState(false);
  const [logged, setLogged] = useState(false);
  const [pending, start] = useTransition();
  const submit = (o: CallOutcome) =>
    start(async () => {
      const ok = fromResult(
        await logCallAction({
          contactId,
          purposeId,
          phoneNumberId,
          outcome: o,
          notes: notes || undefined,
          noticeGiven: noticeDue && noticeGiven,
        }),
      );
      if (ok) {
        setLogged(true);
        setNotes("");
        setNoticeGiven(false);
        router.refresh();
      }
    });
  return (
    <div className="space-y-2">
      {errors.form && <Alert>{errors.form}</Alert>}
      {logged && <Alert tone="green">{t("logged")}</Alert>}
      {noticeDue && (
        <label className="flex min-h-10 items-start gap-2 text-sm">
          <input
            type="checkbox"
            checked={noticeGiven}
            onChange={(e) => setNoticeGiven(e.target.checked)}
            className="mt-1 size-5"
            aria-describedby={`${id}-notice-hint`}
          />
          <span>
            <span className="font-medium">{t("noticeGiven")}</span>
            <span id={`${id}-notice-hint`} className="block text-slate-600">
              {t("noticeGivenHint")}
            </span>
            {errors.fields.noticeGiven && <span className="block text-red-700">{errors.fields.noticeGiven}</span>}
          </span>
        </label>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-sm" htmlFor={`${id}-outcome`}>
          <span className="block font-medium">{t("outcome")}</span>
          <select
            id={`${id}-outcome`}
            value={outcome}
            onChange={(e) => setOutcome(e.target.value as CallOutcome)}
            className="min-h-10 rounded-md border border-slate-300 bg-white px-2"
          >
            {CALL_OUTCOMES.filter((o) => o !== "do_not_call").map((o) => (
              <option key={o} value={o}>
                {t(`outcomes.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="min-w-40 flex-1 text-sm" htmlFor={`${id}-notes`}>
          <span className="block font-medium">{t("notes")}</span>
          <input
            id={`${id}-notes`}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            maxLength={2000}
            className="min-h-10 w-full rounded-md border border-slate-300 px-2"
          />
        </label>
        <Button variant="secondary" disabled={pending} onClick={() => submit(outcome)}>
          {t("log")}
        </Button>
      </div>
      <ConfirmButton
        variant="danger"
        disabled={pending}
        label={t("doNotCall")}
        title={t("doNotCallTitle", { name })}
        body={t("doNotCallBody")}
        confirmLabel={t("doNotCallConfirm")}
        cancelLabel={tc("cancel")}
        onConfirm={() => submit("do_not_call")}
      />
    </div>
  );
}
