import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, PageHeader } from "@/components/ui/card";
import { RegisterRequestForm } from "@/features/requests/components/register-request-form";
import { toDateTimeLocal } from "@/features/requests/date-time-local";

export async function generateMetadata() {
  return { title: (await getTranslations("requests"))("register.title") };
}

/** Every role may register an incoming request (sales staff receive them too). */
export default async function NewRequestPage() {
  await requirePagePermission("requests:register");
  const t = await getTranslations("requests");
  return (
    <>
      <PageHeader title={t("register.title")} description={t("register.description")} />
      <Card className="max-w-2xl">
        <RegisterRequestForm defaultReceivedAt={toDateTimeLocal(new Date())} />
      </Card>
    </>
  );
}
