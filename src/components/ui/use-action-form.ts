"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";

type ServerError = {
  code: string;
  message: string;
  key?: string;
  fields?: { field: string; message: string; key?: string }[];
};
type ActionResult = { serverError?: ServerError; validationErrors?: unknown } | undefined;

/**
 * Turns a next-safe-action result into what a form shows: one message at the top and one per field.
 * Validation errors from zod name their field; expected server errors may too. Messages written as
 * keys (e.g. "validation.email") are translated; others are shown as they are.
 */
export function useFormErrors() {
  const root = useTranslations();
  const tr = (m: string) => (/^[a-zA-Z]+\.[a-zA-Z0-9_.]+$/.test(m) && root.has(m) ? root(m) : m);
  const t = (code: string) => root(`common.errors.${code}`);
  const [errors, setErrors] = useState<{ form?: string; fields: Record<string, string> }>({ fields: {} });
  function fromResult(result: ActionResult): boolean {
    if (!result || (!result.serverError && !result.validationErrors)) {
      setErrors({ fields: {} });
      return true;
    }
    const fields: Record<string, string> = {};
    collectFieldErrors(result.validationErrors, "", fields);
    for (const f of result.serverError?.fields ?? []) fields[f.field] = f.key ?? f.message;
    for (const k of Object.keys(fields)) fields[k] = tr(fields[k]);
    const form = result.serverError
      ? result.serverError.code === "INTERNAL"
        ? t("INTERNAL")
        : tr(result.serverError.key ?? result.serverError.message)
      : t("INVALID_INPUT");
    setErrors({ form, fields });
    return false;
  }
  return { errors, fromResult, clear: () => setErrors({ fields: {} }) };
}

function collectFieldErrors(node: unknown, prefix: string, out: Record<string, string>) {
  if (!node || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === "_errors" && Array.isArray(value) && value.length) out[prefix || "_form"] ??= String(value[0]);
    else collectFieldErrors(value, prefix ? `${prefix}.${key}` : key, out);
  }
}
