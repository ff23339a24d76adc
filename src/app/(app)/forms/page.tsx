import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { requirePagePermission } from "@/server/auth/authorize";
import { Alert, Card, PageHeader } from "@/components/ui/card";
import { findSignupForms } from "@/features/signups/services/find-signup-forms";
import { findOfferablePurposes } from "@/features/signups/services/builder-purposes";
import { embedSnippet, SignupFormList } from "@/features/signups/components/form-list";
import { SignupFormBuilder } from "@/features/signups/components/form-builder";

export async function generateMetadata() {
  return { title: (await getTranslations("signups"))("title") };
}

export default async function SignupFormsPage() {
  await requirePagePermission("signup-forms:manage");
  const t = await getTranslations("signups");
  const db = await getDb();
  const [forms, purposes, settings] = await Promise.all([
    findSignupForms(db),
    findOfferablePurposes(db, await getLocale()),
    db.organisationSettings.findUnique({
      where: { id: 1 },
      select: { organisationName: true, privacyPolicyUrl: true },
    }),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("listTitle")}>
          <SignupFormList
            forms={forms.map((f) => ({
              id: f.id,
              slug: f.slug,
              name: f.name,
              version: f.currentVersion,
              signups: f.signups,
              snippet: embedSnippet(env.APP_URL, f.slug, f.name),
            }))}
          />
        </Card>
        <Card title={t("newTitle")}>
          {purposes.length === 0 ? (
            <Alert tone="amber">{t("noPurposes")}</Alert>
          ) : (
            <SignupFormBuilder
              purposes={purposes}
              initial={{
                slug: "",
                name: "",
                purposeKeys: [],
                fields: ["name"],
                languages: ["nl", "en"],
                offerCalls: false,
                thankYouNl: "",
                thankYouEn: "",
                organisationName: settings?.organisationName ?? "",
                privacyPolicyUrl: settings?.privacyPolicyUrl ?? "",
              }}
            />
          )}
        </Card>
      </div>
    </>
  );
}
