import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, PageHeader } from "@/components/ui/card";
import { findPurposes } from "@/features/purposes/services/find-purposes";
import { getContact } from "@/features/contacts/services/get-contact";
import { ContactForm } from "@/features/contacts/components/contact-form";

export default async function EditContactPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("contacts:write");
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const db = await getDb();
  const contact = await getContact(db, id);
  if (!contact) notFound();
  const t = await getTranslations("contacts");
  const locale = await getLocale();
  const purposes = (await findPurposes(db)).map((p) => ({ key: p.key, name: locale === "nl" ? p.nameNl : p.nameEn }));
  const address = contact.postalAddresses[0];
  return (
    <>
      <Link href={`/contacts/${id}`} className="text-sm text-brand-700 underline">
        {t("backToContact")}
      </Link>
      <PageHeader title={t("editTitle")} description={`${contact.firstName} ${contact.lastName}`} />
      <Card>
        <ContactForm
          contactId={id}
          purposes={purposes}
          initial={{
            firstName: contact.firstName,
            lastName: contact.lastName,
            jobTitle: contact.jobTitle ?? "",
            notes: contact.notes ?? "",
            language: contact.language === "nl" || contact.language === "en" ? contact.language : "",
            companyName: contact.company?.name ?? "",
            legalForm: contact.company?.legalForm ?? "bv",
            kvkNumber: contact.company?.kvkNumber ?? "",
            emails: contact.emails.map((e) => ({
              address: e.address,
              kind: e.kind,
              where: e.designationWhere ?? "",
              touched: true,
            })),
            phones: contact.phones.map((p) => ({ number: p.e164, kind: p.kind })),
            street: address?.street ?? "",
            postalCode: address?.postalCode ?? "",
            city: address?.city ?? "",
            country: address?.country ?? "NL",
            sourceType: contact.sourceType,
            sourceDetail: contact.sourceDetail ?? "",
            publishedForPurpose: contact.publishedForPurpose ?? "",
          }}
        />
      </Card>
    </>
  );
}
