import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { findBreaches } from "@/features/breaches/services/find-breaches";
import { BreachList } from "@/features/breaches/components/breach-list";

export async function generateMetadata() {
  return { title: (await getTranslations("breaches"))("list.title") };
}

export default async function BreachesPage() {
  await requirePagePermission("breaches:manage");
  const t = await getTranslations("breaches");
  const rows = await findBreaches(await getDb());
  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={
          <Link href="/breaches/new" className={buttonClass()}>
            {t("list.register")}
          </Link>
        }
      />
      <Card>
        <BreachList rows={rows} />
      </Card>
    </>
  );
}
