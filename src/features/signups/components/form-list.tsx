import { getTranslations } from "next-intl/server";
import { Badge, EmptyState } from "@/components/ui/card";
import { escapeHtml } from "@/server/mail/compose";

export type FormListItem = {
  id: string;
  slug: string;
  name: string;
  version: number;
  signups: number;
  snippet: string;
};

/** Each form with its hosted page, its current version and the snippet to embed it. */
export async function SignupFormList({ forms }: { forms: FormListItem[] }) {
  const t = await getTranslations("signups");
  if (forms.length === 0) return <EmptyState title={t("empty")} />;
  return (
    <ul className="divide-y divide-slate-200">
      {forms.map((f) => (
        <li key={f.id} className="space-y-2 py-4">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="font-medium">{f.name}</h3>
            <Badge>{t("version", { version: f.version })}</Badge>
            <span className="text-sm text-slate-600">{t("signupsCount", { count: f.signups })}</span>
          </div>
          <div className="flex flex-wrap gap-4 text-sm">
            <a href={`/f/${f.slug}`} className="text-brand-700 underline">
              {t("open")}: /f/{f.slug}
            </a>
            <a href={`/forms/${f.id}`} className="text-brand-700 underline">
              {t("edit")}
              <span className="sr-only">: {f.name}</span>
            </a>
          </div>
          <details className="text-sm">
            <summary className="cursor-pointer text-slate-700">{t("embedTitle")}</summary>
            <p className="mt-2 text-slate-600">{t("embedIntro")}</p>
            <label className="sr-only" htmlFor={`snippet-${f.id}`}>
              {t("embedTitle")}: {f.name}
            </label>
            <textarea
              id={`snippet-${f.id}`}
              readOnly
              rows={3}
              value={f.snippet}
              className="mt-2 block w-full rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-xs"
            />
          </details>
        </li>
      ))}
    </ul>
  );
}

/** The iframe snippet: the hosted page, which works without scripts on the host site. */
export function embedSnippet(appUrl: string, slug: string, title: string): string {
  const src = `${appUrl.replace(/\/$/, "")}/f/${slug}`;
  return `<iframe src="${src}" title="${escapeHtml(title)}" style="width:100%;min-height:760px;border:0" loading="lazy"></iframe>`;
}
