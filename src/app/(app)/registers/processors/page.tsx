import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, PageHeader } from "@/components/ui/card";
import { findProcessors } from "@/features/processors/services/find-processors";
import { ProcessorList } from "@/features/processors/components/processor-list";
import { ProcessorForm } from "@/features/processors/components/processor-form";

export async function generateMetadata() {
  return { title: (await getTranslations("processors"))("list.title") };
}

export default async function ProcessorsPage() {
  await requirePagePermission("processors:manage");
  const t = await getTranslations("processors");
  const locale = await getLocale();
  const db = await getDb();
  const [rows, purposes] = await Promise.all([
    findProcessors(db),
    db.purpose.findMany({ select: { id: true, nameNl: true, nameEn: true }, orderBy: { key: "asc" } }),
  ]);
  const options = purposes.map((p) => ({ id: p.id, name: locale === "en" ? p.nameEn : p.nameNl }));
  return (
    <>
      <PageHeader title={t("list.title")} description={t("list.description")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <ProcessorList rows={rows} purposes={options} />
        </Card>
        <Card title={t("form.newTitle")} className="h-fit">
          <ProcessorForm purposes={options} />
        </Card>
      </div>
    </>
  );
}
