import type { TAudienceFilter } from "../schemas";
import { CONSENT_FILTER_STATES, CUSTOMER_STATES } from "../schemas";

const all = (form: FormData, name: string) => form.getAll(name).map(String);
const one = (form: FormData, name: string) => String(form.get(name) ?? "").trim();
const pick = <T extends string>(v: string, allowed: readonly T[]) =>
  (allowed as readonly string[]).includes(v) ? (v as T) : undefined;

/**
 * The fields of AudienceFields back to a filter, leaving out what is empty so that a stored
 * audience holds only the filters in use. The server validates it again (zod at the boundary).
 * A date is the start of that day in the browser's time zone.
 */
export function audienceFromForm(form: FormData): TAudienceFilter {
  const sourceTypes = all(form, "sourceTypes") as NonNullable<TAudienceFilter["sourceTypes"]>;
  const legalForms = all(form, "legalForms") as NonNullable<TAudienceFilter["legalForms"]>;
  const date = (name: string) => (one(form, name) ? new Date(`${one(form, name)}T00:00:00`) : undefined);
  const tagIds = all(form, "tagIds");
  const filter: TAudienceFilter = {
    ...(tagIds.length ? { tagIds } : {}),
    ...(sourceTypes.length ? { sourceTypes } : {}),
    ...(legalForms.length ? { legalForms } : {}),
    companyName: one(form, "companyName") || undefined,
    jobTitle: one(form, "jobTitle") || undefined,
    createdAfter: date("createdAfter"),
    activeAfter: date("activeAfter"),
    customerState: pick(one(form, "customerState"), CUSTOMER_STATES),
    importBatchId: one(form, "importBatchId") || undefined,
    consentPurposeId: one(form, "consentPurposeId") || undefined,
    consentState: pick(one(form, "consentState"), CONSENT_FILTER_STATES),
    ...(form.get("hasConsentForPurpose") === "on" ? { hasConsentForPurpose: true } : {}),
  };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as TAudienceFilter;
}
