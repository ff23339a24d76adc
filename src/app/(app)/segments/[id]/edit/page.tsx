import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, PageHeader } from "@/components/ui/card";
import { filterChoices } from "@/features/segments/services/filter-choices";
import { SegmentForm } from "@/features/segments/components/segment-form";
import { loadSegment } from "../load";

export async function generateMetadata() {
  return { title: (await getTranslations("segments"))("editTitle") };
}

export default async function EditSegmentPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("segments:manage");
  const t = await getTranslations("segments");
  const segment = await loadSegment((await params).id);
  const choices = await filterChoices(await getDb(), (await getLocale()) === "en" ? "en" : "nl");
  return (
    <>
      <PageHeader title={t("editTitle")} description={t("editNote")} />
      <Card className="max-w-3xl">
        <SegmentForm segment={segment} {...choices} />
      </Card>
    </>
  );
}
