"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, TextInput } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createFirstAdminAction } from "../actions/create-first-admin";

export function SetupForm() {
  const t = useTranslations("auth");
  // Created: the action signs the administrator in and goes to the dashboard.
  const { errors, pending, onSubmit, formRef } = useActionForm((form) =>
    createFirstAdminAction({
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    }),
  );
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="space-y-4 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200"
    >
      <h1 className="text-xl font-semibold">{t("setupTitle")}</h1>
      <p className="text-sm text-slate-600">{t("setupIntro")}</p>
      {errors.form && <Alert>{errors.form}</Alert>}
      <Field label={t("name")} name="name" error={errors.fields.name}>
        <TextInput name="name" autoComplete="name" required error={errors.fields.name} />
      </Field>
      <Field label={t("email")} name="email" error={errors.fields.email}>
        <TextInput name="email" type="email" autoComplete="username" required error={errors.fields.email} />
      </Field>
      <Field label={t("password")} name="password" error={errors.fields.password} hint={t("passwordHint")}>
        <TextInput
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          error={errors.fields.password}
        />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {t("createAdmin")}
      </Button>
    </form>
  );
}
