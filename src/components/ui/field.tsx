import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const CONTROL =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600";

type FieldProps = { label: ReactNode; name: string; error?: string; hint?: ReactNode; children?: ReactNode };

/** Label, control, hint and error, wired with ids so screen readers announce the error with the field. */
export function Field({ label, name, error, hint, children }: FieldProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${name}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${name}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function TextInput({
  name,
  error,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { name: string; error?: string }) {
  return (
    <input
      id={props.id ?? name}
      name={name}
      aria-invalid={Boolean(error)}
      aria-describedby={error ? `${name}-error` : undefined}
      className={CONTROL}
      {...props}
    />
  );
}

export function TextArea({
  name,
  error,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string; error?: string }) {
  return (
    <textarea
      id={props.id ?? name}
      name={name}
      aria-invalid={Boolean(error)}
      aria-describedby={error ? `${name}-error` : undefined}
      className={CONTROL}
      rows={3}
      {...props}
    />
  );
}

export function Select({
  name,
  error,
  children,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { name: string; error?: string }) {
  return (
    <select id={props.id ?? name} name={name} aria-invalid={Boolean(error)} className={CONTROL} {...props}>
      {children}
    </select>
  );
}
