"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { useFormErrors } from "@/components/ui/use-action-form";
import { tagContactsAction, untagContactsAction } from "../actions/tag-contacts";
import { useSelection } from "./bulk-selection";
import { TagPicker } from "./tag-picker";

type Tag = { id: string; name: string };
type Done = { text: string; callListTagId: string | null };

/**
 * Appears once contacts are selected: tag them (an existing tag or a new one by name), take a tag
 * off, or tag them for a call list. A call list stays the rules engine's: the link only opens
 * /calls narrowed to the tag, where every contact is decided when the list is shown.
 */
export function BulkBar({ tags, canCall }: { tags: Tag[]; canCall: boolean }) {
  const t = useTranslations("tags");
  const router = useRouter();
  const id = useId();
  const { selected, setAll } = useSelection();
  const { errors, fromResult } = useFormErrors();
  const [pending, setPending] = useState(false);
  const [name, setName] = useState("");
  const [removeId, setRemoveId] = useState("");
  const [done, setDone] = useState<Done | null>(null);
  if (selected.size === 0 && !done) return null;
  const contactIds = [...selected];

  async function addTag(forCalls: boolean) {
    setPending(true);
    const result = await tagContactsAction({ contactIds, tagName: name.trim() });
    setPending(false);
    if (!fromResult(result) || !result?.data) return;
    const { added, already, tagId, tagName } = result.data;
    setDone({ text: t("tagged", { added, already, name: tagName }), callListTagId: forCalls ? tagId : null });
    setName("");
    setAll(false);
    router.refresh();
  }

  async function removeTag() {
    setPending(true);
    const result = await untagContactsAction({ contactIds, tagId: removeId });
    setPending(false);
    if (!fromResult(result) || !result?.data) return;
    setDone({ text: t("untagged", { removed: result.data.removed }), callListTagId: null });
    setAll(false);
    router.refresh();
  }

  return (
    <section
      aria-label={t("bulkLabel")}
      className="sticky bottom-2 z-10 mt-4 space-y-3 rounded-md border border-brand-700 bg-white p-3 shadow"
      data-testid="bulk-bar"
    >
      <p className="text-sm font-medium" role="status">
        {selected.size > 0 ? t("selected", { count: selected.size }) : done?.text}
      </p>
      {selected.size > 0 && done && <p className="text-sm">{done.text}</p>}
      {done?.callListTagId && canCall && (
        <Link className="text-sm text-brand-700 underline" href={`/calls?tag=${done.callListTagId}`}>
          {t("openCallList")}
        </Link>
      )}
      {errors.form && <Alert>{errors.form}</Alert>}
      {selected.size > 0 && (
        <div className="grid gap-3 md:grid-cols-2">
          <div className="min-w-0 space-y-2">
            <TagPicker tags={tags} value={name} onChange={setName} error={errors.fields.tagName} />
            <div className="flex flex-wrap gap-2">
              <Button disabled={pending || !name.trim()} onClick={() => addTag(false)}>
                {t("addTag")}
              </Button>
              {canCall && (
                <Button variant="secondary" disabled={pending || !name.trim()} onClick={() => addTag(true)}>
                  {t("addToCallList")}
                </Button>
              )}
            </div>
          </div>
          {tags.length > 0 && (
            <div className="min-w-0 space-y-2">
              <label htmlFor={`${id}-remove`} className="block text-sm font-medium">
                {t("removeTagLabel")}
              </label>
              <select
                id={`${id}-remove`}
                value={removeId}
                onChange={(e) => setRemoveId(e.target.value)}
                className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm"
              >
                <option value="">{t("chooseTag")}</option>
                {tags.map((tag) => (
                  <option key={tag.id} value={tag.id}>
                    {tag.name}
                  </option>
                ))}
              </select>
              <Button variant="secondary" disabled={pending || !removeId} onClick={removeTag}>
                {t("removeTag")}
              </Button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
