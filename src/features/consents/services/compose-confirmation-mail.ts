import type { Channel } from "@/domain/vocabulary";

/**
 * The written confirmation of a consent given by phone (AVG art. 7 lid 1: a phone call leaves no
 * proof of its own). It restates what the person agreed to, shows the notice text they were told
 * about, and links to a page where they confirm or change their mind. Both languages, because we
 * do not know which one the person reads; Dutch first.
 */
export type ConfirmationMailInput = {
  organisation: string;
  givenAt: Date;
  purpose: { nameNl: string; nameEn: string };
  channels: Channel[];
  notice: { textNl: string; textEn: string } | null;
  statement: string | null;
  url: string;
};

const CHANNELS: Record<"nl" | "en", Record<Channel, string>> = {
  nl: { email: "e-mail", sms: "sms", phone: "telefoon", post: "post" },
  en: { email: "e-mail", sms: "text message", phone: "phone", post: "post" },
};

const when = (d: Date, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" }).format(d);

export function composeConfirmationMail(m: ConfirmationMailInput): { subject: string; text: string } {
  const nlChannels = m.channels.map((c) => CHANNELS.nl[c]).join(", ");
  const enChannels = m.channels.map((c) => CHANNELS.en[c]).join(", ");
  const quoted = m.statement ? `\n"${m.statement}"\n` : "";
  const nl = [
    `U heeft ons op ${when(m.givenAt, "nl-NL")} telefonisch laten weten dat ${m.organisation} u mag benaderen voor "${m.purpose.nameNl}" via ${nlChannels}.${quoted}`,
    m.notice ? `Dit is wat wij u daarvoor sturen:\n${m.notice.textNl}\n` : "",
    `Klopt dit? Bevestig het hier: ${m.url}`,
    `Bedacht? Via dezelfde link zegt u met één klik dat u dit niet (meer) wilt. U kunt zich ook later altijd afmelden.`,
  ];
  const en = [
    `On ${when(m.givenAt, "en-GB")} you told us on the phone that ${m.organisation} may contact you about "${m.purpose.nameEn}" by ${enChannels}.${quoted}`,
    m.notice ? `This is what we will send you:\n${m.notice.textEn}\n` : "",
    `Is this right? Confirm it here: ${m.url}`,
    `Changed your mind? The same link lets you say no with one click. You can also unsubscribe at any time later.`,
  ];
  return {
    subject: `Bevestig uw toestemming / Please confirm your consent — ${m.organisation}`,
    text: [...nl.filter(Boolean), "", "----", "", ...en.filter(Boolean)].join("\n\n"),
  };
}
