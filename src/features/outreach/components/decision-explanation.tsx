import type { Bilingual } from "@/domain/bilingual";
import { getLocale, getTranslations } from "next-intl/server";
import type { Evidence } from "@/domain/outreach";
import { evidenceHref } from "../evidence-anchor";

/** The explanation of a decision in the UI language, its citation and links to the proof. */
export async function DecisionExplanation({
  contactId,
  explanation,
  citation,
  evidence,
}: {
  contactId: string;
  explanation: Bilingual;
  citation: string;
  evidence: Evidence[];
}) {
  const t = await getTranslations("outreach");
  const locale = (await getLocale()) === "en" ? "en" : "nl";
  return (
    <div className="space-y-1 text-sm">
      <p className="text-slate-800">{explanation[locale]}</p>
      <p className="text-xs text-slate-500">
        <span className="font-medium">{citation}</span>
        {evidence.map((e) => {
          const href = evidenceHref(contactId, e);
          const label = t.has(`evidence.${e.type}`) ? t(`evidence.${e.type}`) : e.type;
          return (
            <span key={`${e.type}-${e.id}`}>
              {" · "}
              {href ? (
                <a className="text-brand-700 underline" href={href}>
                  {label}
                </a>
              ) : (
                <span title={e.id}>{label}</span>
              )}
            </span>
          );
        })}
      </p>
    </div>
  );
}
