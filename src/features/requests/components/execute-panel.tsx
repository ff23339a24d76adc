"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { RequestType } from "@/domain/vocabulary";
import { OBJECTION_SCOPES, type ObjectionScope } from "@/domain/vocabulary";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, TextArea } from "@/components/ui/field";
import { useFormErrors } from "@/components/ui/use-action-form";
import { executeRequestAction } from "../actions/execute-request";
import { executeRestrictionAction } from "../actions/execute-restriction";
import { executeObjectionAction } from "../actions/execute-objection";

/**
 * Step 3 for access, portability, erasure, restriction and objection (rectification has its own
 * form). Each explains what will happen and the article it rests on before the button.
 */
export function ExecutePanel({
  requestId,
  type,
  linkedCount,
  processors,
}: {
  requestId: string;
  type: Exclude<RequestType, "rectification">;
  linkedCount: number;
  processors: string[];
}) {
  const t = useTranslations("requests");
  const { errors, fromResult } = useFormErrors();
  const [pending, start] = useTransition();
  const run = (fn: () => Promise<Parameters<typeof fromResult>[0]>) => start(async () => void fromResult(await fn()));
  const noData = linkedCount === 0 ? <Alert tone="amber">{t("steps.noContactsWarning")}</Alert> : null;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{t(`steps.executeIntro.${type}`)}</p>
      {noData}
      {errors.form && <Alert>{errors.form}</Alert>}
      {(type === "access" || type === "portability") && (
        <Button disabled={pending} onClick={() => run(() => executeRequestAction({ requestId, type }))}>
          {t(`steps.executeButton.${type}`)}
        </Button>
      )}
      {type === "erasure" && (
        <>
          {processors.length > 0 && (
            <p className="text-sm text-slate-600">
              {t("steps.processorsToNotify", { processors: processors.join(", ") })}
            </p>
          )}
          <ConfirmButton
            variant="danger"
            disabled={pending}
            label={t("steps.executeButton.erasure")}
            title={t("steps.eraseConfirmTitle")}
            body={t("steps.eraseConfirmBody", { count: linkedCount })}
            confirmLabel={t("steps.eraseConfirm")}
            cancelLabel={t("steps.cancel")}
            onConfirm={() => run(() => executeRequestAction({ requestId, type: "erasure" }))}
          />
        </>
      )}
      {type === "restriction" && (
        <form
          action={(f) =>
            run(() => executeRestrictionAction({ requestId, reason: String(f.get("restrictionReason") ?? "") }))
          }
          className="space-y-3"
        >
          <Field
            label={t("steps.restrictionReason")}
            name="restrictionReason"
            error={errors.fields.reason}
            hint={t("steps.restrictionReasonHint")}
          >
            <TextArea name="restrictionReason" required error={errors.fields.reason} />
          </Field>
          <Button type="submit" disabled={pending}>
            {t("steps.executeButton.restriction")}
          </Button>
        </form>
      )}
      {type === "objection" && (
        <ObjectionForm
          pending={pending}
          onSubmit={(scopes) => run(() => executeObjectionAction({ requestId, scopes }))}
          error={errors.fields.scopes}
        />
      )}
    </div>
  );
}

function ObjectionForm({
  pending,
  onSubmit,
  error,
}: {
  pending: boolean;
  onSubmit: (scopes: ObjectionScope[]) => void;
  error?: string;
}) {
  const t = useTranslations("requests");
  const [scopes, setScopes] = useState<ObjectionScope[]>(["direct_marketing"]);
  const toggle = (s: ObjectionScope) =>
    setScopes((cur) => (cur.includes(s) ? cur.filter((x) => x !== s) : [...cur, s]));
  return (
    <form action={() => onSubmit(scopes)} className="space-y-3">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("steps.objectionScopes")}</legend>
        {OBJECTION_SCOPES.map((s) => (
          <label key={s} className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={scopes.includes(s)} onChange={() => toggle(s)} className="h-4 w-4" />
            {t(`enums.objectionScope.${s}`)}
          </label>
        ))}
        {error && <p className="text-sm text-red-700">{error}</p>}
      </fieldset>
      <Button type="submit" disabled={pending || scopes.length === 0}>
        {t("steps.executeButton.objection")}
      </Button>
    </form>
  );
}
