import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, PageHeader } from "@/components/ui/card";
import { findPurposes } from "@/features/purposes/services/find-purposes";
import { OptInForm } from "@/features/opt-in/components/opt-in-form";

export async function generateMetadata() {
  return { title: (await getTranslations("consents"))("optIn.title") };
}

export default async function OptInPage({ searchParams }: { searchParams: Promise<{ contact?: string }> }) {
  const user = await requirePagePermission("consents:record");
  const t = await getTranslations("consents");
  const locale = await getLocale();
  const db = await getDb();
  const { contact: contactId } = await searchParams;
  const [purposes, contact] = await Promise.all([
    findPurposes(db, { activeOnly: true }),
    contactId && /^[0-9a-f-]{36}$/i.test(contactId)
      ? db.contact.findUnique({
          where: { id: contactId },
          include: { company: true, emails: { take: 1 }, phones: { take: 1 } },
        })
      : null,
  ]);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("optIn.title")} description={t("optIn.description")} />
      <Card>
        <OptInForm
          recorderName={user.name}
          preselected={
            contact
              ? {
                  id: contact.id,
                  name: `${contact.firstName} ${contact.lastName}`,
                  company: contact.company?.name ?? null,
                  email: contact.emails[0]?.address ?? null,
                  phone: contact.phones[0]?.e164 ?? null,
                }
              : null
          }
          purposes={purposes
            .filter((p) => p.currentNotice)
            .map((p) => ({
              key: p.key,
              name: locale === "nl" ? p.nameNl : p.nameEn,
              channels: p.channels,
              noticeVersion: p.currentNotice!.version,
              noticeText: locale === "nl" ? p.currentNotice!.textNl : p.currentNotice!.textEn,
            }))}
        />
      </Card>
    </div>
  );
}
