import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, PageHeader } from "@/components/ui/card";
import { filterChoices } from "@/features/segments/services/filter-choices";
import { SegmentForm } from "@/features/segments/components/segment-form";

export async function generateMetadata() {
  return { title: (await getTranslations("segments"))("newTitle") };
}

export default async function NewSegmentPage() {
  await requirePagePermission("segments:manage");
  const t = await getTranslations("segments");
  const choices = await filterChoices(await getDb(), (await getLocale()) === "en" ? "en" : "nl");
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("whatIs")} />
      <Card className="max-w-3xl">
        <SegmentForm {...choices} />
      </Card>
    </>
  );
}
