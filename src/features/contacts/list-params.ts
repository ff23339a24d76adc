import type { TExportContactsInput } from "./schemas";

/** The contacts list's filters as they appear in its URL (and in the export link made from it). */
export const LIST_FILTER_PARAMS = [
  "q",
  "source",
  "purpose",
  "status",
  "flag",
  "sort",
  "company",
  "awaiting",
  "tag",
] as const;
export type ListFilters = Partial<Record<(typeof LIST_FILTER_PARAMS)[number], string>>;

type Params = { get(name: string): string | null };

export function readListFilters(params: Params): ListFilters {
  const out: ListFilters = {};
  for (const name of LIST_FILTER_PARAMS) {
    const value = params.get(name);
    if (value) out[name] = value;
  }
  return out;
}

/** The URL's filters as the input of the list query (and the export), still to be validated. */
export function toListInput(f: ListFilters): TExportContactsInput {
  return {
    q: f.q,
    source: f.source as TExportContactsInput["source"],
    companyId: f.company,
    purposeId: f.purpose,
    purposeStatus: f.status as TExportContactsInput["purposeStatus"],
    flag: f.flag as TExportContactsInput["flag"],
    awaitingConfirmation: f.awaiting === "1" ? true : undefined,
    tagId: f.tag,
    sort: f.sort as TExportContactsInput["sort"],
  };
}
