"use client";
import { useId } from "react";
import { useTranslations } from "next-intl";

type Tag = { id: string; name: string };

/**
 * Choose an existing tag or type a new one: a labelled text field that suggests the existing tags
 * (a native list, so it works with the keyboard, a screen reader and a phone's own picker). The
 * field error is tied to the field, so it is announced with it.
 */
export function TagPicker({
  tags,
  value,
  onChange,
  error,
}: {
  tags: Tag[];
  value: string;
  onChange: (name: string) => void;
  error?: string;
}) {
  const t = useTranslations("tags");
  const id = useId();
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={`${id}-name`} className="block text-sm font-medium">
        {t("tagName")}
      </label>
      <input
        id={`${id}-name`}
        name="tagName"
        list={`${id}-tags`}
        value={value}
        maxLength={60}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-name-error` : undefined}
        className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base aria-[invalid=true]:border-red-600 sm:text-sm"
      />
      <datalist id={`${id}-tags`}>
        {tags.map((tag) => (
          <option key={tag.id} value={tag.name} />
        ))}
      </datalist>
      {error && (
        <p id={`${id}-name-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
