import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, PageHeader } from "@/components/ui/card";
import { findPurposes } from "@/features/purposes/services/find-purposes";
import { PurposeList } from "@/features/purposes/components/purpose-list";
import { CreatePurposeForm } from "@/features/purposes/components/create-purpose-form";

export async function generateMetadata() {
  return { title: (await getTranslations("purposes"))("title") };
}

export default async function PurposesPage() {
  await requirePagePermission("purposes:manage");
  const t = await getTranslations("purposes");
  const purposes = await findPurposes(await getDb());
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2" title={t("listTitle", { count: purposes.length })}>
          <PurposeList purposes={purposes} />
        </Card>
        <Card title={t("createTitle")}>
          <CreatePurposeForm />
        </Card>
      </div>
    </>
  );
}
