import { createTranslator } from "next-intl";
import { loadMessages } from "@/i18n/load-messages";
import { TIME_ZONE } from "@/i18n/config";
import type { PublicLanguage } from "./schemas";

/** The confirmation mail, in the language of the sign-up. It carries no offer: only the link. */
export function confirmationMail(language: PublicLanguage, input: { organisation: string; url: string; days: number }) {
  const t = createTranslator({
    locale: language,
    messages: loadMessages(language) as Record<string, never>,
    namespace: "signups.mail" as never,
    timeZone: TIME_ZONE,
  }) as unknown as (key: string, values?: Record<string, string | number>) => string;
  return {
    subject: t("subject", { organisation: input.organisation }),
    text: t("body", { organisation: input.organisation, url: input.url, days: input.days }),
  };
}
