import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { buttonClass } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { readSignupLink } from "@/features/signups/services/confirm-signup";
import { pickLanguage } from "@/features/signups/pick-language";
import { PublicMessage } from "@/features/signups/components/public-message";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ result?: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("signups.confirm"))("title"), robots: { index: false } };
}

/**
 * The page behind the confirmation link: one button, a plain HTML form that POSTs to the link's own
 * URL, so it works without JavaScript. Reading it changes nothing.
 */
export default async function ConfirmSignupPage({ params, searchParams }: Props) {
  const [{ token }, query, locale] = await Promise.all([params, searchParams, getLocale()]);
  const link = await readSignupLink(await getDb(), token);
  const language = pickLanguage(["nl", "en"], link.language, locale);
  const t = await getTranslations({ locale: language, namespace: "signups.confirm" });
  if (query.result === "confirmed" && !link.ok && link.reason === "used")
    return (
      <PublicMessage title={t("doneTitle")} lang={language}>
        <p>{t("done")}</p>
      </PublicMessage>
    );
  if (!link.ok) {
    if (link.reason === "used")
      return (
        <PublicMessage title={t("usedTitle")} lang={language}>
          <p>{t("used")}</p>
        </PublicMessage>
      );
    return (
      <PublicMessage title={t("invalidTitle")} lang={language}>
        <p>{link.reason === "expired" ? t("expired") : t("invalid")}</p>
      </PublicMessage>
    );
  }
  return (
    <section lang={language} className="space-y-4 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      {query.result === "failed" && (
        <Alert>{(await getTranslations({ locale: language, namespace: "signups.public" }))("error_failed")}</Alert>
      )}
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <form method="post" action={`/f/confirm/${encodeURIComponent(token)}`}>
        <button type="submit" className={buttonClass("primary", "w-full sm:w-auto")}>
          {t("button")}
        </button>
      </form>
    </section>
  );
}
