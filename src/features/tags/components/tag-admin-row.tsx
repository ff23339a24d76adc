"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useFormErrors } from "@/components/ui/use-action-form";
import { deleteTagAction, renameTagAction } from "../actions/manage-tags";

/** One tag on the tags page: its count, a rename field, and delete after confirmation. */
export function TagAdminRow({ tag }: { tag: { id: string; name: string; count: number } }) {
  const t = useTranslations("tags.admin");
  const tc = useTranslations("common");
  const router = useRouter();
  const id = useId();
  const { errors, fromResult } = useFormErrors();
  const [name, setName] = useState(tag.name);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);

  async function run(call: () => Promise<Parameters<typeof fromResult>[0]>, after?: () => void) {
    setPending(true);
    setSaved(false);
    const ok = fromResult(await call());
    setPending(false);
    if (ok) {
      after?.();
      router.refresh();
    }
  }

  return (
    <li className="space-y-2 py-3" data-testid="tag-row">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="min-w-0 break-words font-medium">{tag.name}</span>
        <Link className="text-sm text-brand-700 underline" href={`/contacts?tag=${tag.id}`}>
          {t("showContacts")} ({t("count", { count: tag.count })})
        </Link>
      </div>
      {errors.form && <Alert>{errors.form}</Alert>}
      {saved && (
        <p className="text-sm text-green-800" role="status">
          {t("renamed")}
        </p>
      )}
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void run(
            () => renameTagAction({ tagId: tag.id, name }),
            () => setSaved(true),
          );
        }}
      >
        <div className="min-w-0 flex-1">
          <label htmlFor={`${id}-name`} className="block text-sm">
            {t("name")}
          </label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={60}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={errors.fields.name ? true : undefined}
            aria-describedby={errors.fields.name ? `${id}-error` : undefined}
            className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base sm:text-sm"
          />
          {errors.fields.name && (
            <p id={`${id}-error`} className="text-sm text-red-700">
              {errors.fields.name}
            </p>
          )}
        </div>
        <Button type="submit" variant="secondary" disabled={pending || !name.trim() || name.trim() === tag.name}>
          {t("rename")}
        </Button>
        <ConfirmButton
          variant="danger"
          disabled={pending}
          label={t("delete")}
          title={t("deleteTitle", { name: tag.name })}
          body={t("deleteBody", { count: tag.count })}
          confirmLabel={t("deleteConfirm")}
          cancelLabel={tc("cancel")}
          onConfirm={() => void run(() => deleteTagAction({ tagId: tag.id }))}
        />
      </form>
    </li>
  );
}
