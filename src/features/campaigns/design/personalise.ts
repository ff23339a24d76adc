/**
 * Personalisation fields in a campaign: `{{firstName}}`, `{{lastName}}`, `{{company}}`, each with
 * an optional fallback for a contact who lacks it (`{{firstName|there}}`). Values come from the
 * contact record, which anyone who filled in a form could have written: in the HTML part they are
 * escaped, so a "name" cannot add a link or markup to a mail that goes out under our name.
 */
import { escapeHtml } from "@/server/mail/compose";

export const PERSONALISATION_FIELDS = ["firstName", "lastName", "company"] as const;
export type PersonalisationField = (typeof PERSONALISATION_FIELDS)[number];
export type PersonalisationValues = Partial<Record<PersonalisationField, string | null>>;

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*(?:\|([^{}]*))?\}\}/g;

/** Field names the author used that the product does not know (they would reach people as "{{x}}"). */
export function unknownFields(source: string): string[] {
  const unknown = new Set<string>();
  for (const m of source.matchAll(PLACEHOLDER))
    if (!(PERSONALISATION_FIELDS as readonly string[]).includes(m[1])) unknown.add(m[1]);
  return [...unknown];
}

/**
 * Fills the placeholders. `html`: the value is escaped; the fallback is the author's text as it
 * already stands in the rendered HTML (escaped by the Markdown renderer), so it is not escaped
 * twice. `text`: both go in as they are.
 */
export function fillFields(template: string, values: PersonalisationValues, mode: "html" | "text"): string {
  return template.replace(PLACEHOLDER, (whole, name: string, fallback: string | undefined) => {
    if (!(PERSONALISATION_FIELDS as readonly string[]).includes(name)) return whole;
    const value = values[name as PersonalisationField]?.trim();
    if (value) return mode === "html" ? escapeHtml(value) : value;
    return (fallback ?? "").trim();
  });
}
