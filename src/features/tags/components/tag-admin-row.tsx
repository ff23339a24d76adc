"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Badge } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useFormErrors } from "@/components/ui/use-action-form";
import { deleteTagAction, renameTagAction, setTagColourAction } from "../actions/manage-tags";
import { TAG_COLOURS, type TagColour } from "../schemas";
import { tagTone } from "./tag-badges";

/**
 * One tag on the tags page: its count, a rename field, the colour of its badges (each choice named
 * in words, not told by colour alone), and delete after confirmation.
 */
export function TagAdminRow({ tag }: { tag: { id: string; name: string; colour: string | null; count: number } }) {
  const t = useTranslations("tags.admin");
  const tc = useTranslations("common");
  const router = useRouter();
  const id = useId();
  const { errors, fromResult } = useFormErrors();
  const [name, setName] = useState(tag.name);
  const [pending, setPending] = useState(false);
  const [colour, setColour] = useState<TagColour>(tagTone(tag.colour));
  const [saved, setSaved] = useState<string | null>(null);

  async function run(call: () => Promise<Parameters<typeof fromResult>[0]>, after?: () => void) {
    setPending(true);
    setSaved(null);
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
          {saved}
        </p>
      )}
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void run(
            () => renameTagAction({ tagId: tag.id, name }),
            () => setSaved(t("renamed")),
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
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void run(
            () => setTagColourAction({ tagId: tag.id, colour }),
            () => setSaved(t("colourSaved")),
          );
        }}
      >
        <fieldset className="min-w-0 flex-1">
          <legend className="block text-sm">{t("colour")}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
            {TAG_COLOURS.map((c) => (
              <label key={c} className="inline-flex min-h-8 items-center gap-1.5 text-sm">
                <input
                  type="radio"
                  name={`${id}-colour`}
                  value={c}
                  checked={colour === c}
                  onChange={() => setColour(c)}
                />
                <Badge tone={c}>{t(`colours.${c}`)}</Badge>
              </label>
            ))}
          </div>
        </fieldset>
        <Button type="submit" variant="secondary" disabled={pending || colour === tagTone(tag.colour)}>
          {t("saveColour")}
        </Button>
      </form>
    </li>
  );
}
