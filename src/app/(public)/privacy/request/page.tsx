import { cookies } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { readFlash } from "@/server/http/form-flash";
import { tokenSigner } from "@/server/tokens/token-signer";
import { signRequestRenderToken } from "@/server/tokens/request-token";
import { getOrganisationSettings } from "@/features/settings/services/organisation-settings";
import { PublicRequestForm } from "@/features/requests/components/public-request-form";
import { REQUEST_FLASH, typedFromFlash } from "@/features/requests/public-request-flash";
import { PublicMessage } from "@/features/signups/components/public-message";

type Props = { searchParams: Promise<{ lang?: string; error?: string; sent?: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("requests.public"))("title") };
}

/**
 * The public page where anyone exercises their rights (access, erasure, ...), without signing in.
 * After a refused submission (posted without JavaScript) it shows the form again, filled in.
 */
export default async function PublicRequestPage({ searchParams }: Props) {
  const [query, locale, jar] = await Promise.all([searchParams, getLocale(), cookies()]);
  const language = query.lang === "en" || query.lang === "nl" ? query.lang : locale === "en" ? "en" : "nl";
  const t = await getTranslations({ locale: language, namespace: "requests.public" });
  if (query.sent === "1")
    return (
      <PublicMessage title={t("sentTitle")} lang={language}>
        <p>{t("sent")}</p>
      </PublicMessage>
    );
  const settings = await getOrganisationSettings(await getDb());
  const error = ["invalid", "rate", "failed"].includes(query.error ?? "") ? query.error : undefined;
  const typed = error
    ? typedFromFlash(readFlash(REQUEST_FLASH.name, jar.get(REQUEST_FLASH.name)?.value))
    : { errors: {} };
  return (
    <PublicRequestForm
      language={language}
      organisation={settings.organisationName || new URL(env.APP_URL).hostname}
      controllerEmail={settings.controllerEmail}
      renderToken={signRequestRenderToken(tokenSigner())}
      error={error}
      typed={typed}
    />
  );
}
