import type { AccessReportModel } from "../report/report-types";

/** The access report (AVG art. 15) as a readable page; the PDF renders the same model. */
export function AccessReportView({ model }: { model: AccessReportModel }) {
  return (
    <article
      lang={model.language}
      className="space-y-6 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-8 print:shadow-none print:ring-0"
    >
      <header>
        <h2 className="text-xl font-semibold">{model.title}</h2>
        <p className="text-slate-600">{model.subtitle}</p>
        {model.intro.map((p) => (
          <p key={p} className="mt-2 text-sm">
            {p}
          </p>
        ))}
      </header>
      {model.sections.map((s) => (
        <section key={s.id} aria-labelledby={`h-${s.id}`} className="space-y-2">
          <h3 id={`h-${s.id}`} className="border-b border-slate-200 pb-1 text-base font-semibold">
            {s.title}
          </h3>
          {s.paragraphs.map((p) => (
            <p key={p} className="text-sm text-slate-700">
              {p}
            </p>
          ))}
          {s.entries.map((e, i) => (
            <div key={i} className="rounded-md bg-slate-50 p-3">
              {e.heading && <h4 className="mb-1 text-sm font-semibold">{e.heading}</h4>}
              <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[14rem_1fr]">
                {e.rows.map((r) => (
                  <div key={r.label} className="contents">
                    <dt className="text-slate-600">{r.label}</dt>
                    <dd className="whitespace-pre-line break-words">{r.value}</dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}
