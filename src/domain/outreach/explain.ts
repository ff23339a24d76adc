import type { Channel } from "@/domain/vocabulary";
import type { Bilingual } from "@/domain/bilingual";
import { isoDateAmsterdam } from "./time";

export type Language = keyof Bilingual;

/** Values for the placeholders of a rule's explanation template. */
export interface ExplainParams {
  purpose?: string;
  channel?: Channel;
  date?: Date;
  until?: Date;
  where?: string | null;
  published?: string | null;
}

export const CHANNEL_LABELS: Record<Language, Record<Channel, string>> = {
  nl: { email: "e-mail", sms: "sms", phone: "telefoon", post: "post" },
  en: { email: "e-mail", sms: "SMS", phone: "phone", post: "post" },
};

const UNKNOWN: Record<Language, string> = { nl: "onbekend", en: "unknown" };

function value(key: string, p: ExplainParams, lang: Language): string {
  switch (key) {
    case "purpose":
      return p.purpose ?? UNKNOWN[lang];
    case "channel":
      return p.channel ? CHANNEL_LABELS[lang][p.channel] : UNKNOWN[lang];
    case "date":
      return p.date ? isoDateAmsterdam(p.date) : UNKNOWN[lang];
    case "until":
      return p.until ? isoDateAmsterdam(p.until) : UNKNOWN[lang];
    case "where":
      return p.where || UNKNOWN[lang];
    case "published":
      return p.published || UNKNOWN[lang];
    default:
      return `{${key}}`;
  }
}

/** Fill a template such as "Toestemming voor '{purpose}' gegeven op {date}." */
export function fillTemplate(template: string, params: ExplainParams, lang: Language): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => value(key, params, lang));
}

export function explain(templates: Bilingual, params: ExplainParams): Bilingual {
  return { nl: fillTemplate(templates.nl, params, "nl"), en: fillTemplate(templates.en, params, "en") };
}
