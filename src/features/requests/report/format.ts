import type { Translate } from "./report-types";

/** Dates in the report and letters: the controller's calendar, in the reader's language. */
export { formatLongDate as formatDate } from "@/domain/calendar";

/** Label of an enum value from requests.json ("enums.<group>.<value>"), or the raw value. */
export function enumLabel(t: Translate & { has?: (key: string) => boolean }, group: string, value: string): string {
  const key = `enums.${group}.${value}`;
  if (t.has && !t.has(key)) return value;
  return t(key);
}

/** Rows with an empty value are left out: the report shows what is held, not empty fields. */
export function rows(...pairs: [label: string, value: string | null | undefined | false][]) {
  return pairs
    .filter((p): p is [string, string] => typeof p[1] === "string" && p[1].trim() !== "")
    .map(([label, value]) => ({ label, value }));
}

export function purposeName(p: { nameNl: string; nameEn: string }, language: "nl" | "en"): string {
  return language === "nl" ? p.nameNl : p.nameEn;
}
