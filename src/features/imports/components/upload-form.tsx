"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { SOURCE_TYPES } from "@/domain/vocabulary";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";

/**
 * Sends the file as the request body (not a form post), so the server can store it as it streams
 * in; the provenance travels in the query. Sales only upload vCards of their own cards.
 */
export function UploadForm({ vcardOnly }: { vcardOnly: boolean }) {
  const t = useTranslations("imports");
  const tc = useTranslations("contacts");
  const root = useTranslations();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return setError(root("imports.errors.empty"));
    setBusy(true);
    setError(null);
    const query = new URLSearchParams({
      fileName: file.name,
      sourceType: String(form.get("sourceType") ?? "business_card"),
      sourceDetail: String(form.get("sourceDetail") ?? ""),
    });
    try {
      const res = await fetch(`/imports/upload?${query}`, { method: "POST", body: file });
      const body = (await res.json()) as { id?: string; message?: string; code?: string };
      if (!res.ok || !body.id) {
        setError(body.message ?? t("upload.failed"));
        return;
      }
      router.push(`/imports/${body.id}`);
    } catch {
      setError(t("upload.failed"));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-busy={busy}>
      {error && <Alert>{error}</Alert>}
      <Field label={t("upload.file")} name="file">
        <input
          id="file"
          name="file"
          type="file"
          required
          accept={vcardOnly ? ".vcf,text/vcard" : ".csv,.txt,.tsv,.xlsx,.vcf,text/csv,text/vcard"}
          className="block w-full text-sm"
        />
      </Field>
      {!vcardOnly && (
        <Field label={t("upload.sourceType")} name="sourceType">
          <Select name="sourceType" defaultValue="import">
            {SOURCE_TYPES.map((s) => (
              <option key={s} value={s}>
                {tc(`sourceTypes.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t("upload.sourceDetail")} name="sourceDetail" hint={t("upload.sourceDetailHint")}>
        <TextInput name="sourceDetail" maxLength={500} aria-describedby="sourceDetail-hint" />
      </Field>
      <Button type="submit" disabled={busy}>
        {busy ? t("upload.uploading") : t("upload.submit")}
      </Button>
    </form>
  );
}
