import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { isAppError } from "@/server/errors";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { getImport } from "@/features/imports/services/get-import";
import { readSample } from "@/features/imports/services/read-sample";
import { importScopeFor } from "@/features/imports/scope-for";
import { ZImportMapping } from "@/features/imports/schemas";
import { MappingForm } from "@/features/imports/components/mapping-form";
import { ImportProgress } from "@/features/imports/components/import-progress";
import { ImportResult } from "@/features/imports/components/import-result";

export async function generateMetadata() {
  return { title: (await getTranslations("imports"))("title") };
}

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requirePagePermission("imports:vcard");
  const { id } = await params;
  const t = await getTranslations("imports");
  const db = await getDb();
  const scope = importScopeFor(me);
  const batch = await getImport(db, id, { scope }).catch((e: unknown) => {
    if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "FORBIDDEN")) notFound();
    throw e;
  });
  const mappable = batch.status === "draft" || (batch.status === "done" && batch.dryRun);
  const running = batch.status === "queued" || batch.status === "running";
  return (
    <>
      <PageHeader title={batch.fileName || t("title")} description={t(`status.${batch.status}`)} />
      <p className="mb-4">
        <Link href="/imports" className="text-sm text-brand-700 underline">
          {t("result.back")}
        </Link>{" "}
        <Badge>{t(`status.${batch.status}`)}</Badge>
      </p>
      <div className="space-y-6">
        {running && (
          <Card title={t("progress.title")}>
            <ImportProgress batchId={batch.id} rowsDone={batch.rowsDone} {...batch.progress} />
          </Card>
        )}
        {!running && batch.status !== "draft" && <ImportResult batch={batch} scope={scope} />}
        {!running && batch.errorCount > 0 && (
          <a href={`/imports/${batch.id}/errors`} className={buttonClass("secondary")} download>
            {t("result.download")}
          </a>
        )}
        {mappable && (
          <Card title={t("map.title")}>
            <MappingForm
              batchId={batch.id}
              headers={batch.headers}
              mapping={ZImportMapping.parse(batch.mapping)}
              sample={await readSample(db, batch)}
              sourceType={batch.sourceType}
              sourceDetail={batch.sourceDetail}
              vcardOnly={Boolean(scope.ownVcardsOf)}
            />
          </Card>
        )}
      </div>
    </>
  );
}
