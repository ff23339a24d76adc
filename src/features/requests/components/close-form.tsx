"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { LETTER_LANGUAGES, RESPONSE_CHANNELS, type LetterLanguage } from "../constants";
import { closeRequestAction } from "../actions/close-request";
import { draftResponseLetterAction } from "../actions/draft-response-letter";

type Outcome = "answered" | "rejected";

/**
 * Last step: the answer given, how and when it was sent (AVG art. 12 lid 3-4). The letter is
 * prefilled from the template with the request's facts; the officer edits it, and may refill it
 * in the other language or as a refusal.
 */
export function CloseForm(props: {
  requestId: string;
  executed: boolean;
  initialText: string;
  initialLanguage: LetterLanguage;
  defaultSentAt: string;
}) {
  const t = useTranslations("requests");
  const { errors, pending, onSubmit, formRef, fromResult } = useActionForm((form) =>
    closeRequestAction({
      requestId: props.requestId,
      outcome,
      responseText: text,
      sentVia: String(form.get("sentVia")) as (typeof RESPONSE_CHANNELS)[number],
      sentAt: String(form.get("sentAt") ?? ""),
    }),
  );
  const [refilling, start] = useTransition();
  const [outcome, setOutcome] = useState<Outcome>(props.executed ? "answered" : "rejected");
  const [language, setLanguage] = useState<LetterLanguage>(props.initialLanguage);
  const [text, setText] = useState(props.initialText);
  const refill = (next: { outcome?: Outcome; language?: LetterLanguage }) =>
    start(async () => {
      const result = await draftResponseLetterAction({
        requestId: props.requestId,
        outcome: next.outcome ?? outcome,
        language: next.language ?? language,
      });
      if (fromResult(result) && result?.data) setText(result.data.text);
    });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3" aria-label={t("steps.closeTitle")}>
      {errors.form && <Alert>{errors.form}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("steps.outcome")} name="outcome">
          <Select
            name="outcome"
            value={outcome}
            onChange={(e) => {
              const o = e.target.value as Outcome;
              setOutcome(o);
              refill({ outcome: o });
            }}
          >
            {props.executed && <option value="answered">{t("steps.outcomes.answered")}</option>}
            {!props.executed && <option value="rejected">{t("steps.outcomes.rejected")}</option>}
          </Select>
        </Field>
        <Field label={t("steps.letterLanguage")} name="letterLanguage">
          <Select
            name="letterLanguage"
            value={language}
            onChange={(e) => {
              const l = e.target.value as LetterLanguage;
              setLanguage(l);
              refill({ language: l });
            }}
          >
            {LETTER_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`steps.languages.${l}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field
        label={t("steps.responseText")}
        name="responseText"
        error={errors.fields.responseText}
        hint={t("steps.responseTextHint")}
      >
        <TextArea
          name="responseText"
          rows={16}
          value={text}
          onChange={(e) => setText(e.target.value)}
          required
          error={errors.fields.responseText}
        />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("steps.sentVia")} name="sentVia">
          <Select name="sentVia" defaultValue="email">
            {RESPONSE_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`enums.responseChannel.${c}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("steps.sentAt")} name="sentAt" error={errors.fields.sentAt}>
          <TextInput
            name="sentAt"
            type="datetime-local"
            required
            defaultValue={props.defaultSentAt}
            error={errors.fields.sentAt}
          />
        </Field>
      </div>
      <Button type="submit" disabled={pending || refilling}>
        {t("steps.close")}
      </Button>
    </form>
  );
}
