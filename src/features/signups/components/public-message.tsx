import type { ReactNode } from "react";

/** A plain card with a heading and a message, for the public pages' outcomes. */
export function PublicMessage({ title, children, lang }: { title: string; children: ReactNode; lang?: string }) {
  return (
    <section lang={lang} className="space-y-3 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <h1 className="text-xl font-semibold">{title}</h1>
      <div className="space-y-2 text-sm whitespace-pre-line text-slate-700">{children}</div>
    </section>
  );
}
