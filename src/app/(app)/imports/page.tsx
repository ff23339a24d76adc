import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { listImports } from "@/features/imports/services/get-import";
import { importScopeFor } from "@/features/imports/scope-for";
import { UploadForm } from "@/features/imports/components/upload-form";

export async function generateMetadata() {
  return { title: (await getTranslations("imports"))("title") };
}

export default async function ImportsPage() {
  const me = await requirePagePermission("imports:vcard");
  const t = await getTranslations("imports");
  const format = await getFormatter();
  const scope = importScopeFor(me);
  const batches = await listImports(await getDb(), { scope });
  return (
    <>
      <PageHeader title={t("title")} description={scope.ownVcardsOf ? t("salesDescription") : t("description")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2" title={t("list.title")}>
          {batches.length === 0 ? (
            <EmptyState title={t("list.empty")} />
          ) : (
            <ul className="divide-y divide-slate-200">
              {batches.map((b) => (
                <li key={b.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                  <div>
                    <Link href={`/imports/${b.id}`} className="font-medium text-brand-700 underline">
                      {b.fileName || b.id}
                    </Link>
                    <span className="block text-xs text-slate-500">
                      {format.dateTime(b.createdAt, "short")}
                      {b.dryRun && b.status !== "draft" ? ` · ${t("list.dryRun")}` : ""}
                    </span>
                  </div>
                  <div className="flex flex-wrap gap-2 text-xs">
                    <Badge>{t(`status.${b.status}`)}</Badge>
                    <span>
                      {t("list.created")}: {b.created}
                    </span>
                    <span>
                      {t("list.merged")}: {b.merged}
                    </span>
                    <span>
                      {t("list.suppressed")}: {b.suppressed}
                    </span>
                    <span>
                      {t("list.refused")}: {b.refused}
                    </span>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t("upload.title")}>
          <UploadForm vcardOnly={Boolean(scope.ownVcardsOf)} />
        </Card>
      </div>
    </>
  );
}
