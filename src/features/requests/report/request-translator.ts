import { createTranslator } from "next-intl";
import { loadMessages } from "@/i18n/load-messages";
import { TIME_ZONE } from "@/i18n/config";
import type { Translate } from "./report-types";

/**
 * A translator for the "requests" texts in a language chosen per document (the report or letter
 * is written in the requester's language, which need not be the officer's UI language).
 */
export function requestTranslator(language: "nl" | "en"): Translate & { has: (key: string) => boolean } {
  const t = createTranslator({
    locale: language,
    messages: loadMessages(language) as Record<string, never>,
    namespace: "requests" as never,
    timeZone: TIME_ZONE,
  });
  const translate = ((key: string, values?: Record<string, string | number | Date>) =>
    (t as unknown as Translate)(key, values)) as Translate & {
    has: (key: string) => boolean;
  };
  translate.has = (key: string) => (t as unknown as { has: (k: string) => boolean }).has(key);
  return translate;
}
