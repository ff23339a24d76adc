import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, PageHeader } from "@/components/ui/card";
import { RegisterBreachForm } from "@/features/breaches/components/register-breach-form";
import { toDateTimeLocal } from "@/features/requests/date-time-local";

export async function generateMetadata() {
  return { title: (await getTranslations("breaches"))("register.title") };
}

export default async function NewBreachPage() {
  await requirePagePermission("breaches:manage");
  const t = await getTranslations("breaches");
  const processors = await (
    await getDb()
  ).processor.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
  return (
    <>
      <PageHeader title={t("register.title")} description={t("register.description")} />
      <Card className="max-w-3xl">
        <RegisterBreachForm defaultAwareAt={toDateTimeLocal(new Date())} processors={processors} />
      </Card>
    </>
  );
}
