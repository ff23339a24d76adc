import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, PageHeader } from "@/components/ui/card";
import { findPurposes } from "@/features/purposes/services/find-purposes";
import { ContactForm, EMPTY_CONTACT } from "@/features/contacts/components/contact-form";

export async function generateMetadata() {
  return { title: (await getTranslations("contacts"))("newTitle") };
}

export default async function NewContactPage() {
  await requirePagePermission("contacts:write");
  const t = await getTranslations("contacts");
  const locale = await getLocale();
  const purposes = (await findPurposes(await getDb())).map((p) => ({
    key: p.key,
    name: locale === "nl" ? p.nameNl : p.nameEn,
  }));
  return (
    <>
      <Link href="/contacts" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <Card>
        <ContactForm initial={EMPTY_CONTACT} purposes={purposes} />
      </Card>
    </>
  );
}
