import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { Card } from "@/components/ui/card";
import { LegalHoldForm } from "./legal-hold-form";

/** The legal hold of one contact, for the contact page (privacy officer and admin only). */
export async function LegalHoldCard({ contactId }: { contactId: string }) {
  const t = await getTranslations("retention");
  const contact = await (
    await getDb()
  ).contact.findUnique({
    where: { id: contactId },
    select: { legalHold: true, legalHoldReason: true },
  });
  if (!contact) return null;
  return (
    <Card title={t("hold.title")}>
      <LegalHoldForm contactId={contactId} hold={contact.legalHold} reason={contact.legalHoldReason} />
    </Card>
  );
}
