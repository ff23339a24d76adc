import { cache } from "react";
import { cookies } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { readFlash } from "@/server/http/form-flash";
import { SIGNUP_FLASH, signupTypedFromFlash } from "@/features/signups/signup-flash";
import { getDb } from "@/server/db";
import { tokenSigner } from "@/server/tokens/token-signer";
import { signSignupRenderToken } from "@/server/tokens/signup-token";
import { getPublicSignupForm } from "@/features/signups/services/find-signup-forms";
import { HostedSignupForm } from "@/features/signups/components/hosted-form";
import { pickLanguage } from "@/features/signups/pick-language";
import { PublicMessage } from "@/features/signups/components/public-message";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ lang?: string; error?: string }> };

// The title and the page need the same form: one read per request (React's cache lives for one
// request), not two, on the page every visitor of an embedded form loads.
const formBySlug = cache(async (slug: string) => getPublicSignupForm(await getDb(), slug));

export async function generateMetadata({ params }: Props) {
  const form = await formBySlug((await params).slug);
  return { title: form?.name ?? (await getTranslations("signups.public"))("unavailableTitle") };
}

/** The hosted sign-up page (no login). Also the page the embeddable iframe shows. */
export default async function HostedSignupPage({ params, searchParams }: Props) {
  const [{ slug }, query, locale, jar] = await Promise.all([params, searchParams, getLocale(), cookies()]);
  const form = await formBySlug(slug);
  if (!form) {
    const t = await getTranslations("signups.public");
    return <PublicMessage title={t("unavailableTitle")}>{t("unavailable")}</PublicMessage>;
  }
  const language = pickLanguage(form.version.languages, query.lang, locale);
  return (
    <HostedSignupForm
      form={form}
      language={language}
      renderToken={signSignupRenderToken(tokenSigner(), form.id)}
      error={query.error}
      // After a refused submission: what the person typed and ticked, and which fields were wrong.
      typed={query.error ? signupTypedFromFlash(readFlash(SIGNUP_FLASH, jar.get(SIGNUP_FLASH)?.value)) : undefined}
    />
  );
}
