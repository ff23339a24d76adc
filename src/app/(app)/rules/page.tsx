import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/server/auth/authorize";
import { PageHeader } from "@/components/ui/card";
import { RuleCatalogue } from "@/features/outreach/components/rule-catalogue";

export async function generateMetadata() {
  return { title: (await getTranslations("outreach"))("catalogue.title") };
}

export default async function RulesPage() {
  await requirePagePermission("eligibility:read");
  const t = await getTranslations("outreach");
  return (
    <>
      <PageHeader title={t("catalogue.title")} description={t("catalogue.description")} />
      <RuleCatalogue now={new Date()} />
    </>
  );
}
