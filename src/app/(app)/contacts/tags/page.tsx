import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { findTags } from "@/features/tags";
import { TagAdminRow } from "@/features/tags/client";

export async function generateMetadata() {
  return { title: (await getTranslations("tags.admin"))("title") };
}

export default async function TagsPage() {
  await requirePagePermission("contacts:tag");
  const t = await getTranslations("tags.admin");
  const tags = await findTags(await getDb());
  return (
    <>
      <Link href="/contacts" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        {tags.length === 0 ? (
          <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label={t("title")}>
            {tags.map((tag) => (
              <TagAdminRow key={tag.id} tag={tag} />
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
