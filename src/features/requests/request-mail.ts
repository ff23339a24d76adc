import { createTranslator } from "next-intl";
import { loadMessages } from "@/i18n/load-messages";
import { TIME_ZONE } from "@/i18n/config";
import { formatLongDate } from "@/domain/calendar";
import type { RequestType } from "@/domain/vocabulary";
import type { LetterLanguage } from "./constants";

/**
 * The mail that answers a request made on the public request page: a receipt (what we received,
 * its reference, when it will be answered at the latest), the link that confirms it was the person,
 * and the link to the request's status page. It discloses nothing
 * about what we hold: the same mail goes to every address.
 */
export function verificationMail(
  language: LetterLanguage,
  input: {
    organisation: string;
    reference: string;
    type: RequestType;
    receivedAt: Date;
    dueAt: Date;
    url: string;
    statusUrl: string;
  },
) {
  const t = createTranslator({
    locale: language,
    messages: loadMessages(language) as Record<string, never>,
    namespace: "requests" as never,
    timeZone: TIME_ZONE,
  }) as unknown as {
    (key: string, values?: Record<string, string | number | Date>): string;
  };
  const date = (d: Date) => formatLongDate(d, language);
  const values = {
    organisation: input.organisation,
    type: t(`enums.requestType.${input.type}`),
    received: date(input.receivedAt),
    due: date(input.dueAt),
    url: input.url,
    reference: input.reference,
    statusUrl: input.statusUrl,
  };
  return { subject: t("public.mail.subject", values), text: t("public.mail.body", values) };
}
