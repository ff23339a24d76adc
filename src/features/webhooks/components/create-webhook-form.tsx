"use client";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, TextInput } from "@/components/ui/field";
import { useFormErrors } from "@/components/ui/use-action-form";
import { ShowOnce } from "@/features/api-keys/client";
import { WEBHOOK_EVENTS, type WebhookEvent } from "../events";
import { createWebhookEndpointAction } from "../actions/create-webhook-endpoint";

/** An HTTPS address and the events it wants; the signing secret comes back once. */
export function CreateWebhookForm() {
  const t = useTranslations("webhooks");
  const { errors, fromResult } = useFormErrors();
  const [pending, setPending] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  async function submit(form: FormData) {
    setPending(true);
    setSecret(null);
    const result = await createWebhookEndpointAction({
      url: String(form.get("url") ?? ""),
      events: form.getAll("events").map(String) as WebhookEvent[],
    });
    if (fromResult(result) && result?.data) {
      formRef.current?.reset();
      setSecret(result.data.secret);
    }
    setPending(false);
  }
  return (
    <div className="space-y-4">
      {secret && (
        <ShowOnce
          label={t("secretLabel")}
          value={secret}
          warning={t("secretWarning")}
          copyLabel={t("copy")}
          copiedLabel={t("copied")}
          doneLabel={t("done")}
          onDone={() => setSecret(null)}
        />
      )}
      <form ref={formRef} action={submit} className="space-y-4" aria-label={t("createTitle")}>
        {errors.form && <Alert>{errors.form}</Alert>}
        <Field label={t("url")} name="url" error={errors.fields.url} hint={t("urlHint")}>
          <TextInput name="url" type="url" inputMode="url" placeholder="https://" required error={errors.fields.url} />
        </Field>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("events")}</legend>
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event} className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="events" value={event} defaultChecked className="mt-1 size-4 shrink-0" />
              <span>
                <code className="font-mono text-xs">{event}</code>
                <span className="block text-slate-600">{t(`eventDescriptions.${event.replace(".", "_")}`)}</span>
              </span>
            </label>
          ))}
          {errors.fields.events && <p className="text-sm text-red-700">{errors.fields.events}</p>}
        </fieldset>
        <Button type="submit" disabled={pending}>
          {t("create")}
        </Button>
      </form>
    </div>
  );
}
