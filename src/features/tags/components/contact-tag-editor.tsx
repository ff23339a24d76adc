"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Badge } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { useFormErrors } from "@/components/ui/use-action-form";
import { tagContactsAction, untagContactsAction } from "../actions/tag-contacts";
import { tagTone } from "./tag-badges";
import { TagPicker } from "./tag-picker";

type Tag = { id: string; name: string; colour: string | null };

/** One contact's tags in their colours, with adding (existing or new by name) and taking one off. */
export function ContactTagEditor({ contactId, tags, allTags }: { contactId: string; tags: Tag[]; allTags: Tag[] }) {
  const t = useTranslations("tags");
  const router = useRouter();
  const { errors, fromResult } = useFormErrors();
  const [pending, setPending] = useState(false);
  const [name, setName] = useState("");

  async function run(call: () => Promise<Parameters<typeof fromResult>[0]>) {
    setPending(true);
    const ok = fromResult(await call());
    setPending(false);
    if (ok) {
      setName("");
      router.refresh();
    }
  }

  return (
    <div className="space-y-2" data-testid="contact-tag-editor">
      {tags.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noTags")}</p>
      ) : (
        <ul className="flex flex-wrap gap-2" aria-label={t("tagsOfContact")}>
          {tags.map((tag) => (
            <li key={tag.id} className="min-w-0 max-w-full">
              <Badge tone={tagTone(tag.colour)}>
                <span className="truncate">{tag.name}</span>
                <button
                  type="button"
                  disabled={pending}
                  className="-my-0.5 -mr-2 min-h-8 min-w-8 rounded-full hover:bg-black/10"
                  aria-label={t("removeNamed", { name: tag.name })}
                  onClick={() => run(() => untagContactsAction({ contactIds: [contactId], tagId: tag.id }))}
                >
                  ×
                </button>
              </Badge>
            </li>
          ))}
        </ul>
      )}
      {errors.form && <Alert>{errors.form}</Alert>}
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) void run(() => tagContactsAction({ contactIds: [contactId], tagName: name.trim() }));
        }}
      >
        <div className="min-w-0 flex-1">
          <TagPicker tags={allTags} value={name} onChange={setName} error={errors.fields.tagName} />
        </div>
        <Button type="submit" variant="secondary" disabled={pending || !name.trim()}>
          {t("addTag")}
        </Button>
      </form>
    </div>
  );
}
