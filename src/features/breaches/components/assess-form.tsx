"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, Select, TextArea } from "@/components/ui/field";
import { useFormErrors } from "@/components/ui/use-action-form";
import { BREACH_RISKS } from "../schemas";
import { assessBreachAction } from "../actions/assess-breach";

type Risk = (typeof BREACH_RISKS)[number];

/** Revising the risk assessment; "unlikely" needs the reasoning that stays in the register. */
export function AssessForm(props: { breachId: string; risk: Risk; notNotifiedReason: string | null }) {
  const t = useTranslations("breaches");
  const { errors, fromResult } = useFormErrors();
  const [risk, setRisk] = useState<Risk>(props.risk);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  async function submit(form: FormData) {
    setPending(true);
    setDone(false);
    const result = await assessBreachAction({
      breachId: props.breachId,
      risk,
      notNotifiedReason: String(form.get("notNotifiedReason") ?? "").trim() || undefined,
    });
    setPending(false);
    if (fromResult(result)) setDone(true);
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit(new FormData(e.currentTarget));
      }}
      className="space-y-4"
      aria-label={t("assess.title")}
    >
      {errors.form && <Alert>{errors.form}</Alert>}
      {done && <Alert tone="green">{t("assess.saved")}</Alert>}
      <Field label={t("fields.risk")} name="assessRisk" hint={t("fields.riskHint")}>
        <Select name="assessRisk" value={risk} onChange={(e) => setRisk(e.target.value as Risk)}>
          {BREACH_RISKS.map((r) => (
            <option key={r} value={r}>
              {t(`risk.${r}`)}
            </option>
          ))}
        </Select>
      </Field>
      {risk === "unlikely" && (
        <Field label={t("fields.notNotifiedReason")} name="notNotifiedReason" error={errors.fields.notNotifiedReason}>
          <TextArea
            name="notNotifiedReason"
            rows={3}
            defaultValue={props.notNotifiedReason ?? ""}
            error={errors.fields.notNotifiedReason}
          />
        </Field>
      )}
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("assess.submit")}
      </Button>
    </form>
  );
}
