import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { buttonClass } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { tokenSigner } from "@/server/tokens/token-signer";
import { signRequestStatusToken, verifyRequestVerifyToken } from "@/server/tokens/request-token";
import { readRequestLink } from "@/features/requests/services/confirm-request-link";
import { PublicMessage } from "@/features/signups/components/public-message";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ result?: string; lang?: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("requests.public.verify"))("title"), robots: { index: false } };
}

/**
 * The page behind the link in the request's mail: one button, a plain HTML form that POSTs to the
 * link's own URL (works without JavaScript). Reading it changes nothing.
 */
export default async function ConfirmRequestPage({ params, searchParams }: Props) {
  const [{ token }, query, locale] = await Promise.all([params, searchParams, getLocale()]);
  const language = query.lang === "en" || query.lang === "nl" ? query.lang : locale === "en" ? "en" : "nl";
  const t = await getTranslations({ locale: language, namespace: "requests.public.verify" });
  const link = await readRequestLink(await getDb(), token);
  if (!link.ok && query.result === "confirmed") {
    // Whoever holds this link has the mail, and with it the status link: offer it here too.
    const spent = verifyRequestVerifyToken(tokenSigner(), token);
    const status = spent.ok ? signRequestStatusToken(tokenSigner(), spent.token.claims.r) : null;
    return (
      <PublicMessage title={t("doneTitle")} lang={language}>
        <p>{t("done")}</p>
        {status && (
          <p>
            <a href={`/privacy/request/status/${status}?lang=${language}`} className="text-brand-700 underline">
              {t("follow")}
            </a>
          </p>
        )}
      </PublicMessage>
    );
  }
  if (!link.ok)
    return link.reason === "used" ? (
      <PublicMessage title={t("usedTitle")} lang={language}>
        <p>{t("used")}</p>
      </PublicMessage>
    ) : (
      <PublicMessage title={t("invalidTitle")} lang={language}>
        <p>{link.reason === "expired" ? t("expired") : t("invalid")}</p>
      </PublicMessage>
    );
  return (
    <section lang={language} className="space-y-4 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      {query.result === "failed" && <Alert>{t("failed")}</Alert>}
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <form method="post" action={`/privacy/request/verify/${encodeURIComponent(token)}?lang=${language}`}>
        <button type="submit" className={buttonClass("primary", "w-full sm:w-auto")}>
          {t("button")}
        </button>
      </form>
    </section>
  );
}
