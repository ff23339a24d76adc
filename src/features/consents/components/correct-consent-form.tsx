"use client";
import { useTranslations } from "next-intl";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { ActionDisclosure, localInputToIso } from "./action-disclosure";
import { correctConsentAction } from "../actions/correct-consent";

/**
 * Correcting a consent record writes a new record pointing at this one (the table refuses edits).
 * Empty fields keep the original's value; "invalid" says it never was valid consent.
 */
export function CorrectConsentForm({
  contactId,
  recordId,
  isGrant,
}: {
  contactId: string;
  recordId: string;
  isGrant: boolean;
}) {
  const t = useTranslations("consents");
  const opt = (f: FormData, k: string) => {
    const v = String(f.get(k) ?? "").trim();
    return v === "" ? undefined : v;
  };
  return (
    <ActionDisclosure
      testId={`correct-${recordId}`}
      title={t("correct.title")}
      confirmTitle={t("correct.confirmTitle")}
      confirmBody={t("correct.confirmBody")}
      confirmLabel={t("correct.confirm")}
      run={(f) =>
        correctConsentAction({
          contactId,
          correctsId: recordId,
          reason: String(f.get("reason") ?? ""),
          invalidate: f.get("invalidate") === "on",
          capturedAt: localInputToIso(f.get("capturedAt")),
          evidence: { location: opt(f, "location"), statement: opt(f, "statement") },
        })
      }
    >
      {(errors) => (
        <>
          <Field label={t("correct.reason")} name={`reason-${recordId}`} error={errors.reason}>
            <TextArea id={`reason-${recordId}`} name="reason" rows={2} error={errors.reason} />
          </Field>
          {isGrant && (
            <label className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="invalidate" className="mt-0.5 size-5" />
              <span>
                {t("correct.invalidate")}
                <span className="block text-xs text-slate-500">{t("correct.invalidateHint")}</span>
              </span>
            </label>
          )}
          <p className="text-xs text-slate-500">{t("correct.keepHint")}</p>
          <Field label={t("evidence.capturedAt")} name={`at-${recordId}`} error={errors.capturedAt}>
            <TextInput id={`at-${recordId}`} name="capturedAt" type="datetime-local" error={errors.capturedAt} />
          </Field>
          <Field label={t("evidence.location")} name={`loc-${recordId}`} error={errors["evidence.location"]}>
            <TextInput id={`loc-${recordId}`} name="location" />
          </Field>
          <Field label={t("evidence.statement")} name={`st-${recordId}`} error={errors["evidence.statement"]}>
            <TextArea id={`st-${recordId}`} name="statement" rows={2} />
          </Field>
        </>
      )}
    </ActionDisclosure>
  );
}
