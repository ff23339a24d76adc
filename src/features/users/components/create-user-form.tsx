"use client";
import { useTranslations } from "next-intl";
import { ROLES } from "@/domain/vocabulary";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createUserAction } from "../actions/create-user";

export function CreateUserForm() {
  const t = useTranslations();
  // Created: the form is emptied for the next user. Refused: what was typed stays.
  const { errors, saved, pending, onSubmit, formRef } = useActionForm(
    (form) =>
      createUserAction({
        name: String(form.get("name") ?? ""),
        email: String(form.get("email") ?? ""),
        role: String(form.get("role")) as (typeof ROLES)[number],
        password: String(form.get("password") ?? ""),
      }),
    () => formRef.current?.reset(),
  );
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-4" aria-label={t("users.createTitle")}>
      {errors.form && <Alert>{errors.form}</Alert>}
      {saved && <Alert tone="green">{t("users.created")}</Alert>}
      <Field label={t("users.name")} name="name" error={errors.fields.name}>
        <TextInput name="name" required error={errors.fields.name} />
      </Field>
      <Field label={t("users.email")} name="email" error={errors.fields.email}>
        <TextInput name="email" type="email" required error={errors.fields.email} />
      </Field>
      <Field label={t("users.role")} name="role">
        <Select name="role" defaultValue="sales">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`common.roles.${r}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t("users.initialPassword")}
        name="password"
        error={errors.fields.password}
        hint={t("users.initialPasswordHint")}
      >
        <TextInput
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          error={errors.fields.password}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("users.create")}
      </Button>
    </form>
  );
}
