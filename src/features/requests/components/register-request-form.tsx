"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { REQUEST_TYPES, type RequestType } from "@/domain/vocabulary";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { REQUEST_CHANNELS, type RequestChannel } from "../constants";
import { registerRequestAction } from "../actions/register-request";

/**
 * Registering an incoming request, for every role: the clock runs from receipt (AVG art. 12 lid 3),
 * so whoever receives it writes it down at once. Who asked and how to reach them; the privacy
 * officer links the matching contacts and takes it from there.
 */
export function RegisterRequestForm({ defaultReceivedAt }: { defaultReceivedAt: string }) {
  const t = useTranslations("requests");
  const router = useRouter();
  // Shown only to who cannot open the request: the privacy officer is taken to it instead.
  const [done, setDone] = useState(false);
  const { errors, pending, onSubmit, formRef } = useActionForm(
    (form) => {
      setDone(false);
      const text = (name: string) => String(form.get(name) ?? "").trim() || undefined;
      return registerRequestAction({
        type: String(form.get("type")) as RequestType,
        receivedAt: String(form.get("receivedAt") ?? ""),
        channel: String(form.get("channel")) as RequestChannel,
        requesterName: String(form.get("requesterName") ?? ""),
        requesterEmail: text("requesterEmail"),
        requesterPhone: text("requesterPhone"),
        requesterDetails: text("requesterDetails"),
        contactIds: [],
      });
    },
    (result) => {
      if (!result?.data) return;
      if (result.data.canManage) router.push(`/requests/${result.data.id}`);
      else {
        formRef.current?.reset();
        setDone(true);
      }
    },
  );
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-4" aria-label={t("register.title")}>
      {errors.form && <Alert>{errors.form}</Alert>}
      {done && <Alert tone="green">{t("register.registered")}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("register.type")} name="type" error={errors.fields.type}>
          <Select name="type" defaultValue="access">
            {REQUEST_TYPES.map((type) => (
              <option
                key={type}
                value={type}
              >{`${t(`enums.requestType.${type}`)} (${t(`enums.requestTypeArticle.${type}`)})`}</option>
            ))}
          </Select>
        </Field>
        <Field label={t("register.channel")} name="channel">
          <Select name="channel" defaultValue="email">
            {REQUEST_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`enums.requestChannel.${c}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field
        label={t("register.receivedAt")}
        name="receivedAt"
        error={errors.fields.receivedAt}
        hint={t("register.receivedAtHint")}
      >
        <TextInput
          name="receivedAt"
          type="datetime-local"
          required
          defaultValue={defaultReceivedAt}
          error={errors.fields.receivedAt}
        />
      </Field>
      <Field label={t("register.requesterName")} name="requesterName" error={errors.fields.requesterName}>
        <TextInput name="requesterName" autoComplete="off" required error={errors.fields.requesterName} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("register.requesterEmail")} name="requesterEmail" error={errors.fields.requesterEmail}>
          <TextInput
            name="requesterEmail"
            type="email"
            inputMode="email"
            autoComplete="off"
            error={errors.fields.requesterEmail}
          />
        </Field>
        <Field label={t("register.requesterPhone")} name="requesterPhone" error={errors.fields.requesterPhone}>
          <TextInput
            name="requesterPhone"
            type="tel"
            inputMode="tel"
            autoComplete="off"
            error={errors.fields.requesterPhone}
          />
        </Field>
      </div>
      <Field
        label={t("register.requesterDetails")}
        name="requesterDetails"
        error={errors.fields.requesterDetails}
        hint={t("register.requesterDetailsHint")}
      >
        <TextArea name="requesterDetails" rows={4} error={errors.fields.requesterDetails} />
      </Field>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {t("register.submit")}
      </Button>
    </form>
  );
}
