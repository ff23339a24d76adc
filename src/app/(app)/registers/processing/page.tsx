import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { getProcessingRegister } from "@/features/registers/services/get-processing-register";
import { RegisterEntry } from "@/features/registers/components/register-entry";
import { parseAsOf } from "@/features/registers/as-of";

export async function generateMetadata() {
  return { title: (await getTranslations("registers"))("title") };
}

/** The register of processing activities (AVG art. 30), now or as it stood on a past date. */
export default async function ProcessingRegisterPage({ searchParams }: { searchParams: Promise<{ asOf?: string }> }) {
  await requirePagePermission("registers:manage");
  const t = await getTranslations("registers");
  const format = await getFormatter();
  const { asOf: asOfParam } = await searchParams;
  const now = new Date();
  const asOf = parseAsOf(asOfParam, now);
  const past = asOf.getTime() !== now.getTime();
  const entries = await getProcessingRegister(await getDb(), asOf, now);
  const q = past ? `&asOf=${asOfParam}` : "";
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <a href={`/registers/processing/export?format=html&lang=nl${q}`} className={buttonClass("secondary")}>
              {t("export.html", { lang: "NL" })}
            </a>
            <a href={`/registers/processing/export?format=html&lang=en${q}`} className={buttonClass("secondary")}>
              {t("export.html", { lang: "EN" })}
            </a>
            <a href={`/registers/processing/export?format=pdf&lang=nl${q}`} className={buttonClass("secondary")}>
              {t("export.pdf", { lang: "NL" })}
            </a>
            <a href={`/registers/processing/export?format=pdf&lang=en${q}`} className={buttonClass("secondary")}>
              {t("export.pdf", { lang: "EN" })}
            </a>
            <a href={`/registers/processing/export?format=json${q}`} className={buttonClass("secondary")}>
              {t("export.json")}
            </a>
          </>
        }
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2" aria-label={t("asOf")}>
        <label className="text-sm" htmlFor="asOf">
          <span className="block font-medium">{t("asOf")}</span>
          <input
            id="asOf"
            name="asOf"
            type="date"
            defaultValue={past ? asOfParam : ""}
            className="rounded-md border border-slate-300 px-3 py-2"
          />
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          {t("show")}
        </button>
        {past && <p className="text-sm text-slate-600">{t("asOfNote", { date: format.dateTime(asOf, "short") })}</p>}
      </form>
      <Card>
        {entries.length === 0 ? (
          <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
        ) : (
          <div className="space-y-4">
            {entries.map((e) => (
              <RegisterEntry key={e.purpose.id} entry={e} editable={!past} />
            ))}
          </div>
        )}
      </Card>
    </>
  );
}
