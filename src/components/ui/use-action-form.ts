"use client";
import { useEffect, useRef, useState, type FormEvent } from "react";
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

/**
 * A form that saves through a server action and keeps what the user typed when the save is
 * refused. It submits by hand rather than as a form action, because React resets a form after its
 * action. On a refusal the errors appear next to their fields and the first invalid field gets the
 * focus, so keyboard and screen-reader users land on what needs fixing.
 */
export function useActionForm<R extends ActionResult>(
  send: (form: FormData) => Promise<R>,
  /** Called with the action's result when the save succeeded (e.g. to show what was created). */
  onSaved?: (result: R) => void,
) {
  const { errors, fromResult } = useFormErrors();
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusPending = useRef(false);
  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setSaved(false);
    const result = await send(new FormData(e.currentTarget));
    const ok = fromResult(result);
    focusPending.current = !ok;
    setSaved(ok);
    setPending(false);
    if (ok) onSaved?.(result);
  }
  // fromResult: for another action of the same form (not a save, e.g. refilling a field), whose
  // refusal belongs in the same places.
  return { errors, saved, pending, onSubmit, formRef, fromResult };
}

function collectFieldErrors(node: unknown, prefix: string, out: Record<string, string>) {
  if (!node || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === "_errors" && Array.isArray(value) && value.length) out[prefix || "_form"] ??= String(value[0]);
    else collectFieldErrors(value, prefix ? `${prefix}.${key}` : key, out);
  }
}
