import type { Channel } from "@/domain/vocabulary";
import type { Bilingual } from "@/domain/bilingual";
import { isoDateAmsterdam } from "./time";
import type { LifetimeSource } from "./consent-lifetime";

export type Language = keyof Bilingual;

/** Values for the placeholders of a rule's explanation template. */
export interface ExplainParams {
  purpose?: string;
  channel?: Channel;
  date?: Date;
  until?: Date;
  where?: string | null;
  published?: string | null;
  /** A consent's period: "6 months", "365 days". */
  period?: { months: number } | { days: number };
  /** Where that period comes from. */
  source?: LifetimeSource;
}

export const CHANNEL_LABELS: Record<Language, Record<Channel, string>> = {
  nl: { email: "e-mail", sms: "sms", phone: "telefoon", post: "post" },
  en: { email: "e-mail", sms: "SMS", phone: "phone", post: "post" },
};

const UNKNOWN: Record<Language, string> = { nl: "onbekend", en: "unknown" };

function period(p: NonNullable<ExplainParams["period"]>, lang: Language): string {
  if ("months" in p) {
    const n = p.months;
    return lang === "nl" ? `${n} ${n === 1 ? "maand" : "maanden"}` : `${n} ${n === 1 ? "month" : "months"}`;
  }
  const n = p.days;
  return lang === "nl" ? `${n} ${n === 1 ? "dag" : "dagen"}` : `${n} ${n === 1 ? "day" : "days"}`;
}

function source(s: LifetimeSource, channel: Channel | undefined, lang: Language): string {
  const ch = channel ? CHANNEL_LABELS[lang][channel] : UNKNOWN[lang];
  switch (s) {
    case "general":
      return lang === "nl" ? "algemene instelling van de organisatie" : "the organisation's general setting";
    case "channel":
      return lang === "nl" ? `instelling van de organisatie voor ${ch}` : `the organisation's setting for ${ch}`;
    case "purpose":
      return lang === "nl"
        ? "termijn uit de toestemmingstekst van dit doel"
        : "the period stated in this purpose's consent text";
  }
}

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
    case "period":
      return p.period ? period(p.period, lang) : UNKNOWN[lang];
    case "source":
      return p.source ? source(p.source, p.channel, lang) : UNKNOWN[lang];
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
