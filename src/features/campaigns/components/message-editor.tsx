"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { previewDesignAction } from "../actions/preview-design";

type Preview = { subject: string; html: string; text: string };

/**
 * Subject and body of a campaign. A designed mail is written in Markdown and shown next to it as
 * recipients will get it (the organisation's layout, an example recipient's fields filled in,
 * the mandatory footer), refreshed a moment after the author stops typing.
 */
export function MessageEditor({
  commercial,
  errors,
}: {
  commercial: boolean;
  errors: { subject?: string; body?: string };
}) {
  const t = useTranslations("campaigns");
  const [format, setFormat] = useState<"markdown" | "text">("markdown");
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [view, setView] = useState<"html" | "text">("html");

  useEffect(() => {
    if (format !== "markdown") return;
    let live = true;
    const timer = setTimeout(async () => {
      const res = await previewDesignAction({ subject, body, commercial });
      if (live && res?.data) setPreview(res.data);
    }, 400);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [format, subject, body, commercial]);

  return (
    <div className="space-y-4">
      <fieldset>
        <legend className="text-sm font-medium">{t("design.format")}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {(["markdown", "text"] as const).map((f) => (
            <label key={f} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="format"
                value={f}
                checked={format === f}
                onChange={() => setFormat(f)}
                className="size-4"
              />
              {t(`design.formats.${f}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label={t("fields.subject")} name="subject" error={errors.subject}>
        <TextInput
          name="subject"
          required
          maxLength={300}
          error={errors.subject}
          value={subject}
          onChange={(e) => setSubject(e.target.value)}
        />
      </Field>
      <div className={format === "markdown" ? "grid gap-4 xl:grid-cols-2" : ""}>
        <Field
          label={t("fields.body")}
          name="body"
          error={errors.body}
          hint={format === "markdown" ? t("design.bodyHint") : t("fields.bodyHint")}
        >
          <TextArea
            name="body"
            required
            rows={14}
            error={errors.body}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm shadow-sm"
          />
        </Field>
        {format === "markdown" && (
          <section aria-labelledby="design-preview-title" className="min-w-0 space-y-2">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 id="design-preview-title" className="text-sm font-medium text-slate-800">
                {t("design.preview")}
              </h3>
              <div role="group" aria-label={t("design.previewAs")} className="flex gap-1">
                {(["html", "text"] as const).map((v) => (
                  <button
                    key={v}
                    type="button"
                    aria-pressed={view === v}
                    onClick={() => setView(v)}
                    className="rounded px-2 py-1 text-xs ring-1 ring-slate-300 aria-pressed:bg-slate-800 aria-pressed:text-white"
                  >
                    {t(`design.views.${v}`)}
                  </button>
                ))}
              </div>
            </div>
            {preview && <p className="text-sm text-slate-700">{preview.subject}</p>}
            {preview && view === "html" && (
              // No script runs in it (empty sandbox): the preview shows the mail, nothing more.
              <iframe
                title={t("design.preview")}
                sandbox=""
                srcDoc={preview.html}
                className="h-[28rem] w-full rounded-md bg-white ring-1 ring-slate-200"
              />
            )}
            {preview && view === "text" && (
              <pre
                aria-label={t("design.textPart")}
                className="h-[28rem] overflow-auto whitespace-pre-wrap rounded-md bg-slate-50 p-3 text-xs ring-1 ring-slate-200"
              >
                {preview.text}
              </pre>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
