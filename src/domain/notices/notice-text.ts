/**
 * The text of the art. 14 notice: a template per language that the privacy officer can edit in
 * the settings, with placeholders the product fills per contact. What art. 14 asks to be told:
 * the controller and how to reach them (lid 1 sub a), the purposes and the legal basis (sub c),
 * the categories of data (sub d), the source (lid 2 sub f), the right to object (lid 2 sub c and
 * art. 21 lid 4: explicitly and separately from other information) and the other rights.
 * Pure: no settings are read here; the caller passes the values.
 */
import type { SourceType } from "@/domain/vocabulary";

export type NoticeLanguage = "nl" | "en";

export const NOTICE_PLACEHOLDERS = [
  "organisation",
  "contact",
  "source",
  "purposes",
  "preferences",
  "privacyPolicy",
] as const;
export type NoticePlaceholder = (typeof NOTICE_PLACEHOLDERS)[number];
export type NoticeValues = Record<NoticePlaceholder, string>;

/** The product's default text, used while the organisation has not written its own. */
export const DEFAULT_ART14_NOTICE: Record<NoticeLanguage, string> = {
  nl: [
    "Wij zijn {organisation}.",
    "U bereikt ons via {contact}.",
    "Wij hebben uw zakelijke contactgegevens (naam, functie, bedrijf en hoe wij u kunnen bereiken) niet van u zelf gekregen, maar uit deze bron: {source}.",
    "Wij gebruiken ze voor: {purposes}. Dat doen wij op grond van ons gerechtvaardigd belang (AVG art. 6 lid 1 sub f), of met uw toestemming als u die geeft.",
    "U mag altijd bezwaar maken tegen het gebruik van uw gegevens voor direct marketing (AVG art. 21); dan stoppen wij daar meteen mee. U mag uw gegevens ook inzien, laten verbeteren of laten wissen, en een klacht indienen bij de Autoriteit Persoonsgegevens.",
    "Bezwaar maken of uw keuzes aanpassen: {preferences}",
    "Meer over hoe wij met uw gegevens omgaan: {privacyPolicy}",
  ].join("\n"),
  en: [
    "We are {organisation}.",
    "You can reach us at {contact}.",
    "We did not get your business contact details (name, job title, company and how to reach you) from you, but from this source: {source}.",
    "We use them for: {purposes}. We do so on the basis of our legitimate interest (GDPR art. 6(1)(f)), or with your consent if you give it.",
    "You may object at any time to the use of your data for direct marketing (GDPR art. 21); we will then stop at once. You may also see, correct or erase your data, and complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).",
    "To object or change your choices: {preferences}",
    "More about how we handle your data: {privacyPolicy}",
  ].join("\n"),
};

const SOURCE_LABELS: Record<SourceType, Record<NoticeLanguage, string>> = {
  public_source: { nl: "een openbare bron", en: "a public source" },
  purchased_list: { nl: "een gekochte of gehuurde adressenlijst", en: "a purchased or rented list" },
  referral: { nl: "een doorverwijzing", en: "a referral" },
  event: { nl: "een evenement", en: "an event" },
  business_card: { nl: "uw visitekaartje", en: "your business card" },
  web_form: { nl: "een webformulier", en: "a web form" },
  customer: { nl: "onze klantadministratie", en: "our customer records" },
  manual: { nl: "onze eigen administratie", en: "our own records" },
  import: { nl: "een bestand dat wij hebben ingelezen", en: "a file we imported" },
};

/** "een gekochte of gehuurde adressenlijst (Leverancier BV, bestand maart 2026)". */
export function describeSource(sourceType: SourceType, detail: string | null | undefined, lang: NoticeLanguage) {
  const label = SOURCE_LABELS[sourceType][lang];
  const d = detail?.trim();
  return d ? `${label} (${d})` : label;
}

/** A template's own text, or the default when it is empty. */
export function noticeTemplate(custom: string | null | undefined, lang: NoticeLanguage): string {
  return custom?.trim() ? custom : DEFAULT_ART14_NOTICE[lang];
}

/**
 * Fills the placeholders. A line whose placeholder has no value (no privacy policy URL set, no
 * link on a phone call) is left out as a whole, so the text never shows an empty "More: ".
 * Unknown placeholders stay as they are, visibly, rather than vanish.
 */
export function renderNotice(template: string, values: NoticeValues): string {
  const known = new Set<string>(NOTICE_PLACEHOLDERS);
  const lines = template.replace(/\r\n?/g, "\n").split("\n");
  const kept = lines.flatMap((line) => {
    const names = [...line.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((n) => known.has(n));
    if (names.some((n) => !values[n as NoticePlaceholder]?.trim())) return [];
    return [line.replace(/\{(\w+)\}/g, (m, n: string) => (known.has(n) ? values[n as NoticePlaceholder].trim() : m))];
  });
  return kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Placeholders a template uses that the product does not know (shown to the privacy officer). */
export function unknownPlaceholders(template: string): string[] {
  const known = new Set<string>(NOTICE_PLACEHOLDERS);
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((n) => !known.has(n)))];
}
