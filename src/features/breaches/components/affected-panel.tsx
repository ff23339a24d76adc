"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { useFormErrors } from "@/components/ui/use-action-form";
import { SOURCE_TYPES, type SourceType } from "@/domain/vocabulary";
import { selectAffectedContactsAction } from "../actions/select-affected-contacts";
import { notifyAffectedContactsAction } from "../actions/notify-affected-contacts";

type Option = { id: string; name: string };

/**
 * Who was affected, and telling them (AVG art. 34). People are added from a campaign (everyone
 * its data went out for) or by a query over the data; for a high-risk breach they are then mailed.
 */
export function AffectedPanel(props: {
  breachId: string;
  highRisk: boolean;
  campaigns: Option[];
  purposes: Option[];
  pendingWithAddress: number;
  draft: { subject: string; text: string };
}) {
  const t = useTranslations("breaches");
  const tc = useTranslations("contacts");
  const select = useFormErrors();
  const notify = useFormErrors();
  const [mode, setMode] = useState<"campaign" | "query">("campaign");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [subject, setSubject] = useState(props.draft.subject);
  const [text, setText] = useState(props.draft.text);

  async function add(form: FormData) {
    setPending(true);
    setMessage(null);
    const value = (name: string) => String(form.get(name) ?? "").trim() || undefined;
    const result =
      mode === "campaign"
        ? await selectAffectedContactsAction({
            breachId: props.breachId,
            mode,
            campaignId: String(form.get("campaignId") ?? ""),
          })
        : await selectAffectedContactsAction({
            breachId: props.breachId,
            mode,
            sourceType: value("sourceType") as SourceType | undefined,
            purposeId: value("purposeId"),
            collectedFrom: value("collectedFrom"),
            collectedUntil: value("collectedUntil"),
          });
    setPending(false);
    if (select.fromResult(result) && result?.data) setMessage(t("affected.added", { count: result.data.added }));
  }
  async function send() {
    setPending(true);
    setMessage(null);
    const result = await notifyAffectedContactsAction({ breachId: props.breachId, subject, text });
    setPending(false);
    if (notify.fromResult(result) && result?.data) setMessage(t("affected.sent", result.data));
  }
  return (
    <div className="space-y-6">
      {message && <Alert tone="green">{message}</Alert>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void add(new FormData(e.currentTarget));
        }}
        className="space-y-4"
        aria-label={t("affected.selectTitle")}
      >
        {select.errors.form && <Alert>{select.errors.form}</Alert>}
        <fieldset className="flex flex-wrap gap-4 text-sm">
          <legend className="mb-1 font-medium text-slate-800">{t("affected.how")}</legend>
          {(["campaign", "query"] as const).map((m) => (
            <label key={m} className="flex items-center gap-2">
              <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
              {t(`affected.mode.${m}`)}
            </label>
          ))}
        </fieldset>
        {mode === "campaign" ? (
          <Field label={t("affected.campaign")} name="campaignId" error={select.errors.fields.campaignId}>
            <Select name="campaignId" required>
              {props.campaigns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label={t("affected.sourceType")} name="sourceType" error={select.errors.fields.sourceType}>
              <Select name="sourceType" defaultValue="">
                <option value="">{t("affected.any")}</option>
                {SOURCE_TYPES.map((s) => (
                  <option key={s} value={s}>
                    {tc(`sourceTypes.${s}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("affected.purpose")} name="purposeId">
              <Select name="purposeId" defaultValue="">
                <option value="">{t("affected.any")}</option>
                {props.purposes.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("affected.collectedFrom")} name="collectedFrom" error={select.errors.fields.collectedFrom}>
              <TextInput name="collectedFrom" type="datetime-local" />
            </Field>
            <Field
              label={t("affected.collectedUntil")}
              name="collectedUntil"
              error={select.errors.fields.collectedUntil}
            >
              <TextInput name="collectedUntil" type="datetime-local" />
            </Field>
          </div>
        )}
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("affected.add")}
        </Button>
      </form>
      {props.highRisk ? (
        <div className="space-y-4 border-t border-slate-200 pt-4">
          <h3 className="font-medium">{t("affected.notifyTitle")}</h3>
          {notify.errors.form && <Alert>{notify.errors.form}</Alert>}
          <Field label={t("affected.subject")} name="noticeSubject" error={notify.errors.fields.subject}>
            <TextInput name="noticeSubject" value={subject} onChange={(e) => setSubject(e.target.value)} />
          </Field>
          <Field label={t("affected.text")} name="noticeText" error={notify.errors.fields.text}>
            <TextArea name="noticeText" rows={12} value={text} onChange={(e) => setText(e.target.value)} />
          </Field>
          <ConfirmButton
            variant="primary"
            disabled={pending || props.pendingWithAddress === 0}
            label={t("affected.send", { count: props.pendingWithAddress })}
            title={t("affected.confirmTitle")}
            body={t("affected.confirmBody", { count: props.pendingWithAddress })}
            confirmLabel={t("affected.confirm")}
            cancelLabel={t("affected.cancel")}
            onConfirm={send}
          />
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t("affected.notHighRisk")}</p>
      )}
    </div>
  );
}
