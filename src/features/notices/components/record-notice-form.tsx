"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { CHANNELS, type Channel } from "@/domain/vocabulary";
import { Alert } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useFormErrors } from "@/components/ui/use-action-form";
import { recordNoticeAction } from "../actions/record-notice";

/** "Record notice given": the person was told the art. 14 information another way (a letter, a talk). */
export function RecordNoticeForm({ contactId }: { contactId: string }) {
  const t = useTranslations("notices");
  const common = useTranslations("common");
  const router = useRouter();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, fromResult } = useFormErrors();
  const [done, setDone] = useState(false);
  const [pending, start] = useTransition();
  const run = () =>
    start(async () => {
      setDone(false);
      const f = new FormData(formRef.current!);
      const at = String(f.get("at") ?? "").trim();
      const ok = fromResult(
        await recordNoticeAction({
          contactId,
          kind: "art14",
          channel: String(f.get("channel")) as Channel,
          ...(at ? { at: new Date(at).toISOString() } : {}),
        }),
      );
      if (ok) {
        formRef.current?.reset();
        setDone(true);
        router.refresh();
      }
    });
  return (
    <details className="rounded-md border border-slate-200 p-3" data-testid="action-record-notice">
      <summary className="cursor-pointer text-sm font-medium">
        {t("record.title")}
        {done && (
          <span role="status" className="ml-2 text-xs font-normal text-green-700">
            ✓ {t("record.done")}
          </span>
        )}
      </summary>
      <form
        ref={formRef}
        className="mt-3 space-y-3"
        aria-label={t("record.title")}
        onSubmit={(e) => e.preventDefault()}
      >
        {errors.form && <Alert>{errors.form}</Alert>}
        <p className="text-xs text-slate-600">{t("record.hint")}</p>
        <Field label={t("record.channel")} name={`${id}-channel`} error={errors.fields.channel}>
          <Select name="channel" id={`${id}-channel`} defaultValue="post" error={errors.fields.channel}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channels.${c}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("record.at")} name={`${id}-at`} hint={t("record.atHint")} error={errors.fields.at}>
          <TextInput name="at" id={`${id}-at`} type="datetime-local" error={errors.fields.at} />
        </Field>
        <ConfirmButton
          disabled={pending}
          label={t("record.submit")}
          title={t("record.confirmTitle")}
          body={t("record.confirmBody")}
          confirmLabel={t("record.submit")}
          cancelLabel={common("cancel")}
          onConfirm={run}
        />
      </form>
    </details>
  );
}
