import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, TIME_ZONE } from "./config";
import { loadMessages } from "./load-messages";

/**
 * The locale comes from a cookie set by the language switch (no /nl/ or /en/ in URLs: the app is
 * behind a sign-in, and links in e-mails carry their own language).
 */
export default getRequestConfig(async ({ locale: explicit }) => {
  // An explicit locale (`getTranslations({ locale })`) wins: a public page is shown in the language
  // of its form or sign-up, whatever the visitor's cookie says.
  const cookie = isLocale(explicit) ? explicit : (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(cookie) ? cookie : DEFAULT_LOCALE;
  return {
    locale,
    timeZone: TIME_ZONE,
    messages: loadMessages(locale),
    formats: {
      dateTime: {
        short: { day: "numeric", month: "short", year: "numeric" },
        long: { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" },
      },
    },
  };
});
