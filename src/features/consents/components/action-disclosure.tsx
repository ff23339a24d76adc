"use client";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition, type ReactNode } from "react";
import { Alert } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useFormErrors } from "@/components/ui/use-action-form";

type Result = Parameters<ReturnType<typeof useFormErrors>["fromResult"]>[0];

/**
 * One small action on the contact page: folded until opened, then a short form, and a
 * confirmation dialog before anything is recorded (these records change what we may send).
 */
export function ActionDisclosure(props: {
  title: string;
  confirmTitle: string;
  confirmBody?: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  testId?: string;
  run: (form: FormData) => Promise<Result>;
  children: (errors: Record<string, string>) => ReactNode;
}) {
  const t = useTranslations("consents");
  const common = useTranslations("common");
  const { errors, fromResult } = useFormErrors();
  const [done, setDone] = useState(false);
  const [open, setOpen] = useState(false);
  const [pending, start] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <details
      className="rounded-md border border-slate-200 p-3"
      data-testid={props.testId}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="cursor-pointer text-sm font-medium">
        {props.title}
        {/* Shown on the folded summary: the form closes after a successful save. */}
        {done && (
          <span role="status" className="ml-2 text-xs font-normal text-green-700">
            ✓ {t("recorded")}
          </span>
        )}
      </summary>
      <form ref={formRef} className="mt-3 space-y-3" aria-label={props.title} onSubmit={(e) => e.preventDefault()}>
        {errors.form && <Alert>{errors.form}</Alert>}
        {errors.form && Object.keys(errors.fields).length > 0 && (
          <ul className="list-disc pl-5 text-sm text-red-700">
            {Object.entries(errors.fields).map(([f, m]) => (
              <li key={f}>{m}</li>
            ))}
          </ul>
        )}
        {props.children(errors.fields)}
        <ConfirmButton
          variant={props.danger ? "danger" : "primary"}
          disabled={pending}
          label={props.confirmLabel}
          title={props.confirmTitle}
          body={props.confirmBody}
          confirmLabel={props.confirmLabel}
          cancelLabel={common("cancel")}
          onConfirm={() =>
            start(async () => {
              setDone(false);
              const ok = fromResult(await props.run(new FormData(formRef.current!)));
              if (ok) {
                formRef.current?.reset();
                setDone(true);
                setOpen(false);
              }
            })
          }
        />
      </form>
    </details>
  );
}

/** "2026-03-01" or "2026-03-01T14:30" from a date(-time) input, as an ISO instant in local time. */
export function localInputToIso(value: FormDataEntryValue | null): string | undefined {
  const s = typeof value === "string" ? value.trim() : "";
  if (!s) return undefined;
  const d = new Date(s.length === 10 ? `${s}T00:00` : s);
  return Number.isNaN(d.getTime()) ? s : d.toISOString();
}
