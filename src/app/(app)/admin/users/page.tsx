import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, PageHeader } from "@/components/ui/card";
import { findUsers } from "@/features/users/services/find-users";
import { UserTable } from "@/features/users/components/user-table";
import { CreateUserForm } from "@/features/users/components/create-user-form";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage() {
  const me = await requirePagePermission("users:manage");
  const t = await getTranslations("users");
  const users = await findUsers(await getDb());
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2" title={t("listTitle", { count: users.length })}>
          <UserTable users={users.map((u) => ({ ...u, createdAt: u.createdAt.toISOString() }))} currentUserId={me.id} />
        </Card>
        <Card title={t("createTitle")}>
          <CreateUserForm />
        </Card>
      </div>
    </>
  );
}
