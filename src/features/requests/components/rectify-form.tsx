"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, TextInput } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { RectifiableContact } from "../services/find-contact-candidates";
import { executeRectificationAction } from "../actions/execute-rectification";

/** Step 3 for rectification (AVG art. 16): correct the linked contact's details in place. */
export function RectifyForm({ requestId, contact }: { requestId: string; contact: RectifiableContact }) {
  const t = useTranslations("requests");
  const { errors, saved, pending, onSubmit, formRef } = useActionForm((form) =>
    executeRectificationAction({
      requestId,
      contactId: contact.id,
      firstName: String(form.get("firstName") ?? ""),
      lastName: String(form.get("lastName") ?? ""),
      jobTitle: String(form.get("jobTitle") ?? ""),
      emails: contact.emails.map((e) => ({ id: e.id, value: String(form.get(`email-${e.id}`) ?? "") })),
      phones: contact.phones.map((p) => ({ id: p.id, value: String(form.get(`phone-${p.id}`) ?? "") })),
    }),
  );
  const id = (name: string) => `${name}-${contact.id}`;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="space-y-3"
      aria-label={t("steps.rectifyFor", { name: `${contact.firstName} ${contact.lastName}` })}
    >
      {errors.form && <Alert>{errors.form}</Alert>}
      {saved && <Alert tone="green">{t("steps.rectified")}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("steps.firstName")} name={id("firstName")} error={errors.fields.firstName}>
          <TextInput
            id={id("firstName")}
            name="firstName"
            defaultValue={contact.firstName}
            required
            error={errors.fields.firstName}
          />
        </Field>
        <Field label={t("steps.lastName")} name={id("lastName")} error={errors.fields.lastName}>
          <TextInput
            id={id("lastName")}
            name="lastName"
            defaultValue={contact.lastName}
            required
            error={errors.fields.lastName}
          />
        </Field>
      </div>
      <Field label={t("steps.jobTitle")} name={id("jobTitle")}>
        <TextInput id={id("jobTitle")} name="jobTitle" defaultValue={contact.jobTitle ?? ""} />
      </Field>
      {contact.emails.map((e, i) => (
        <Field
          key={e.id}
          label={t("steps.emailN", { n: i + 1 })}
          name={`email-${e.id}`}
          error={errors.fields[`emails.${e.id}`]}
        >
          <TextInput
            name={`email-${e.id}`}
            type="email"
            defaultValue={e.address}
            required
            error={errors.fields[`emails.${e.id}`]}
          />
        </Field>
      ))}
      {contact.phones.map((p, i) => (
        <Field
          key={p.id}
          label={t("steps.phoneN", { n: i + 1 })}
          name={`phone-${p.id}`}
          error={errors.fields[`phones.${p.id}`]}
        >
          <TextInput
            name={`phone-${p.id}`}
            type="tel"
            defaultValue={p.e164}
            required
            error={errors.fields[`phones.${p.id}`]}
          />
        </Field>
      ))}
      <Button type="submit" disabled={pending}>
        {t("steps.executeButton.rectification")}
      </Button>
    </form>
  );
}
