import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/domain/access/permissions";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { ZSegmentListQuery } from "@/features/segments/schemas";
import { findSegments } from "@/features/segments/services/find-segments";
import { SegmentList } from "@/features/segments/components/segment-list";

export async function generateMetadata() {
  return { title: (await getTranslations("segments"))("title") };
}

export default async function SegmentsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePagePermission("segments:read");
  const t = await getTranslations("segments");
  const { sort } = ZSegmentListQuery.parse(await searchParams);
  const segments = await findSegments(await getDb(), sort);
  const manage = can(user.role, "segments:manage");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          manage ? (
            <Link href="/segments/new" className={buttonClass()}>
              {t("new")}
            </Link>
          ) : undefined
        }
      />
      <Card>
        <SegmentList segments={segments} sort={sort} manage={manage} />
      </Card>
    </>
  );
}
