"use client";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { API_SCOPE_KEYS, type ApiScope } from "@/domain/access/api-scopes";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, TextInput } from "@/components/ui/field";
import { useFormErrors } from "@/components/ui/use-action-form";
import { createApiKeyAction } from "../actions/create-api-key";
import { ShowOnce } from "./show-once";

/** Name and scopes in; the key out, shown once (only its hash is kept). */
export function CreateApiKeyForm() {
  const t = useTranslations("apiKeys");
  const { errors, fromResult } = useFormErrors();
  const [pending, setPending] = useState(false);
  const [token, setToken] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  async function submit(form: FormData) {
    setPending(true);
    setToken(null);
    const result = await createApiKeyAction({
      name: String(form.get("name") ?? ""),
      scopes: form.getAll("scopes").map(String) as ApiScope[],
    });
    if (fromResult(result) && result?.data) {
      formRef.current?.reset();
      setToken(result.data.token);
    }
    setPending(false);
  }
  return (
    <div className="space-y-4">
      {token && (
        <ShowOnce
          label={t("newKeyLabel")}
          value={token}
          warning={t("newKeyWarning")}
          copyLabel={t("copy")}
          copiedLabel={t("copied")}
          doneLabel={t("done")}
          onDone={() => setToken(null)}
        />
      )}
      <form ref={formRef} action={submit} className="space-y-4" aria-label={t("createTitle")}>
        {errors.form && <Alert>{errors.form}</Alert>}
        <Field label={t("name")} name="name" error={errors.fields.name} hint={t("nameHint")}>
          <TextInput name="name" required maxLength={100} error={errors.fields.name} />
        </Field>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("scopes")}</legend>
          {API_SCOPE_KEYS.map((scope) => (
            <label key={scope} className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="scopes" value={scope} className="mt-1 size-4 shrink-0" />
              <span>
                <code className="font-mono text-xs">{scope}</code>
                <span className="block text-slate-600">{t(`scopeDescriptions.${scope.replace(":", "_")}`)}</span>
              </span>
            </label>
          ))}
          {errors.fields.scopes && <p className="text-sm text-red-700">{errors.fields.scopes}</p>}
        </fieldset>
        <Button type="submit" disabled={pending}>
          {t("create")}
        </Button>
      </form>
    </div>
  );
}
