import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, PageHeader } from "@/components/ui/card";
import { findOfferablePurposes } from "@/features/signups/services/builder-purposes";
import { SignupFormBuilder } from "@/features/signups/components/form-builder";

export async function generateMetadata() {
  return { title: (await getTranslations("signups"))("editTitle") };
}

/** Editing a form saves a new version; earlier sign-ups keep pointing at the version they saw. */
export default async function EditSignupFormPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("signup-forms:manage");
  const { id } = await params;
  const t = await getTranslations("signups");
  const db = await getDb();
  const form = /^[0-9a-f-]{36}$/i.test(id)
    ? await db.signupForm.findUnique({
        where: { id },
        include: { versions: { orderBy: { version: "desc" }, take: 1 } },
      })
    : null;
  if (!form) notFound();
  const v = form.versions[0];
  const purposes = await findOfferablePurposes(db, await getLocale());
  return (
    <>
      <PageHeader title={form.name} description={t("version", { version: form.currentVersion })} />
      <Card title={t("editTitle")}>
        <SignupFormBuilder
          purposes={purposes}
          initial={{
            formId: form.id,
            slug: form.slug,
            name: form.name,
            purposeKeys: v.purposeKeys,
            fields: v.fields,
            languages: v.languages,
            offerCalls: v.offerCalls,
            thankYouNl: v.thankYouNl,
            thankYouEn: v.thankYouEn,
            organisationName: v.organisationName,
            privacyPolicyUrl: v.privacyPolicyUrl,
          }}
        />
      </Card>
    </>
  );
}
