import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/domain/access/permissions";
import type { Role } from "@/domain/vocabulary";
import { Card } from "@/components/ui/card";
import type { FirstRunStep } from "../services/get-first-run-checklist";

/**
 * The first-run checklist on the dashboard: shown while any step is open, gone once all are done.
 * A step links to its page for whoever may take it; for the others it says who does.
 */
export async function FirstRunChecklist({ steps, role }: { steps: FirstRunStep[]; role: Role }) {
  if (steps.every((s) => s.done)) return null;
  const t = await getTranslations("dashboard.firstRun");
  const done = steps.filter((s) => s.done).length;
  return (
    <Card title={t("title")}>
      <p className="mb-3 text-sm text-slate-600">{t("progress", { done, total: steps.length })}</p>
      <ol className="space-y-2" aria-label={t("title")}>
        {steps.map((s) => (
          <li key={s.key} className="flex items-start gap-3 text-sm" data-testid={`first-run-${s.key}`}>
            <span
              aria-hidden
              className={`mt-0.5 inline-flex size-5 shrink-0 items-center justify-center rounded-full text-xs ${s.done ? "bg-green-600 text-white" : "ring-1 ring-slate-400"}`}
            >
              {s.done ? "✓" : ""}
            </span>
            <span className="min-w-0">
              <span className="sr-only">{s.done ? t("doneLabel") : t("openLabel")}: </span>
              {!s.done && can(role, s.permission) ? (
                <Link href={s.href} className="font-medium text-brand-700 underline">
                  {t(`steps.${s.key}.title`)}
                </Link>
              ) : (
                <span className={`font-medium ${s.done ? "text-slate-500 line-through" : ""}`}>
                  {t(`steps.${s.key}.title`)}
                </span>
              )}
              <span className="block text-slate-600">{t(`steps.${s.key}.body`)}</span>
            </span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
