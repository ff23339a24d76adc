import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { getPublicSignupForm } from "@/features/signups/services/find-signup-forms";
import { pickLanguage } from "@/features/signups/pick-language";
import { PublicMessage } from "@/features/signups/components/public-message";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ lang?: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("signups.public"))("thanksTitle"), robots: { index: false } };
}

/** After a sign-up (or what a bot is shown): the form's own thank-you text and what happens next. */
export default async function SignupThanksPage({ params, searchParams }: Props) {
  const [{ slug }, query, locale] = await Promise.all([params, searchParams, getLocale()]);
  const form = await getPublicSignupForm(await getDb(), slug);
  const language = pickLanguage(form?.version.languages ?? ["nl", "en"], query.lang, locale);
  const t = await getTranslations({ locale: language, namespace: "signups.public" });
  return (
    <PublicMessage title={t("thanksTitle")} lang={language}>
      {form && <p>{language === "en" ? form.version.thankYouEn : form.version.thankYouNl}</p>}
      <p>{t("thanksMail")}</p>
    </PublicMessage>
  );
}
