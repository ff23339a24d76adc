import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { can } from "@/domain/access/permissions";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { findRequests } from "@/features/requests/services/find-requests";
import { RequestList } from "@/features/requests/components/request-list";

export async function generateMetadata() {
  return { title: (await getTranslations("requests"))("list.title") };
}

/** The privacy officer's work list. Other roles may only register a request, so they go there. */
export default async function RequestsPage() {
  const user = await requirePagePermission("requests:register");
  if (!can(user.role, "requests:manage")) redirect("/requests/new");
  const t = await getTranslations("requests");
  const { open, closed } = await findRequests(await getDb());
  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={
          <Link href="/requests/new" className={buttonClass()}>
            {t("list.register")}
          </Link>
        }
      />
      <div className="space-y-6">
        <Card title={t("list.openTitle", { count: open.length })}>
          <RequestList rows={open} empty={t("list.emptyOpen")} testId="requests-open" />
        </Card>
        <Card title={t("list.closedTitle")}>
          <RequestList rows={closed} empty={t("list.emptyClosed")} testId="requests-closed" />
        </Card>
      </div>
    </>
  );
}
