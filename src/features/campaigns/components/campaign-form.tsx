"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { AudienceFields, audienceFromForm } from "@/features/outreach/client";
import type { TAudienceFilter } from "@/features/outreach";
import { useActionForm } from "@/components/ui/use-action-form";
import { createCampaignAction } from "../actions/create-campaign";
import { MessageEditor } from "./message-editor";

type PurposeOption = { id: string; name: string };
type SegmentOption = { id: string; name: string; filter: TAudienceFilter };

/** Purpose, commercial or not, the message, and filters over contacts. Who of them may receive it
 *  is decided by the rules engine in the preview and again at send time. */
export function CampaignForm({
  purposes,
  segments = [],
  choices,
  initialSegmentId = "",
}: {
  purposes: PurposeOption[];
  segments?: SegmentOption[];
  /** Options of the filters (purposes for the consent filter, imports). */
  choices: { purposes: PurposeOption[]; imports: PurposeOption[]; tags?: PurposeOption[] };
  initialSegmentId?: string;
}) {
  const t = useTranslations("campaigns");
  const tc = useTranslations("common");
  const router = useRouter();
  // Once created, the button stays busy while the campaign's page opens.
  const [leaving, setLeaving] = useState(false);
  const [commercial, setCommercial] = useState(true);
  const [segmentId, setSegmentId] = useState(segments.some((s) => s.id === initialSegmentId) ? initialSegmentId : "");
  const chosen = segments.find((s) => s.id === segmentId);
  const { errors, pending, onSubmit, formRef } = useActionForm(
    (form) =>
      createCampaignAction({
        name: String(form.get("name") ?? ""),
        purposeId: String(form.get("purposeId") ?? ""),
        commercial: form.get("commercial") === "on",
        subject: String(form.get("subject") ?? ""),
        body: String(form.get("body") ?? ""),
        format: form.get("format") === "text" ? "text" : "markdown",
        ratePerMinute: String(form.get("ratePerMinute") ?? "").trim() || null,
        // A chosen segment's filters are copied on the server; the disabled fields only show them.
        ...(chosen ? { segmentId: chosen.id } : { audience: audienceFromForm(form) }),
      }),
    (result) => {
      if (!result?.data) return;
      setLeaving(true);
      router.push(`/campaigns/${result.data.id}`);
    },
  );
  const busy = pending || leaving;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-5" aria-label={t("newTitle")}>
      {errors.form && <Alert>{errors.form}</Alert>}
      <Field label={t("fields.name")} name="name" error={errors.fields.name} hint={t("fields.nameHint")}>
        <TextInput name="name" required maxLength={200} error={errors.fields.name} />
      </Field>
      <Field label={t("fields.purpose")} name="purposeId" error={errors.fields.purposeId}>
        <Select name="purposeId" required error={errors.fields.purposeId} defaultValue="">
          <option value="" disabled>
            {t("fields.choosePurpose")}
          </option>
          {purposes.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name="commercial"
          checked={commercial}
          onChange={(e) => setCommercial(e.target.checked)}
          className="mt-1 size-4"
        />
        <span>
          <span className="font-medium">{t("fields.commercial")}</span>
          <br />
          <span className="text-slate-600">{t("fields.commercialHint")}</span>
        </span>
      </label>
      <MessageEditor commercial={commercial} errors={{ subject: errors.fields.subject, body: errors.fields.body }} />
      <Field
        label={t("fields.ratePerMinute")}
        name="ratePerMinute"
        error={errors.fields.ratePerMinute}
        hint={t("fields.ratePerMinuteHint")}
      >
        <TextInput
          name="ratePerMinute"
          type="number"
          inputMode="numeric"
          min={10}
          max={10000}
          error={errors.fields.ratePerMinute}
        />
      </Field>
      <fieldset className="space-y-4 rounded-md p-4 ring-1 ring-slate-200">
        <legend className="px-1 text-sm font-semibold">{t("audience.title")}</legend>
        <p className="text-sm text-slate-600">{t("audience.intro")}</p>
        {segments.length > 0 && (
          <Field
            label={t("audience.segment")}
            name="segmentId"
            error={errors.fields.segmentId}
            hint={t("audience.segmentHint")}
          >
            <Select name="segmentId" value={segmentId} onChange={(e) => setSegmentId(e.target.value)}>
              <option value="">{t("audience.noSegment")}</option>
              {segments.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <AudienceFields
          key={segmentId}
          defaults={chosen?.filter}
          disabled={Boolean(chosen)}
          purposes={choices.purposes}
          imports={choices.imports}
          tags={choices.tags}
          withPurposeConsent
        />
      </fieldset>
      <div className="flex gap-2">
        <Button type="submit" disabled={busy}>
          {busy ? tc("loading") : t("create")}
        </Button>
      </div>
    </form>
  );
}
