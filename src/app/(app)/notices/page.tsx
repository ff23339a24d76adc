import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, PageHeader } from "@/components/ui/card";
import { ZNoticesDueQuery } from "@/features/notices/schemas";
import { findNoticesDue } from "@/features/notices/services/find-notices-due";
import { NoticesDueList } from "@/features/notices/components/notices-due-list";

export async function generateMetadata() {
  return { title: (await getTranslations("notices"))("list.title") };
}

/** The privacy officer's list of contacts still owed the information of AVG art. 14. */
export default async function NoticesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("notices:review");
  const t = await getTranslations("notices");
  const { page } = ZNoticesDueQuery.parse(await searchParams);
  const due = await findNoticesDue(await getDb(), page);
  return (
    <>
      <PageHeader title={t("list.title")} description={t("list.description")} />
      <Card title={t("list.summary", { total: due.total, overdue: due.overdue, dueSoon: due.dueSoon })}>
        <NoticesDueList page={due} />
      </Card>
    </>
  );
}
