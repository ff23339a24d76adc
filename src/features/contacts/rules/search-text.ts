/**
 * The text the contacts list searches: lower-cased, accents folded ("Müller" and "muller",
 * "Coöperatie" and "cooperatie" match), whitespace collapsed. Stored in Contact.searchName as
 * "first last company" and applied to what the user types, so both sides agree.
 */
export function toSearchText(value: string | null | undefined): string {
  return (value ?? "").normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

export function buildSearchName(firstName: string, lastName: string, companyName?: string | null): string {
  return toSearchText([firstName, lastName, companyName ?? ""].join(" "));
}

/** Escapes LIKE wildcards so "50%" or "a_b" typed into search match literally. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export type SearchKind = "email" | "phone" | "name";

/**
 * What the user is looking for, so that each kind of search hits its own prefix index:
 * "jan@" -> EmailAddress.normalised, "06 12" or "+3120" -> PhoneNumber.e164, else the name.
 */
export function classifySearch(raw: string): { kind: SearchKind; prefix: string } | null {
  const value = raw.trim();
  if (value === "") return null;
  if (value.includes("@")) return { kind: "email", prefix: value.toLowerCase() };
  const phone = phonePrefix(value);
  if (phone) return { kind: "phone", prefix: phone };
  const text = toSearchText(value);
  return text === "" ? null : { kind: "name", prefix: text };
}

/**
 * Turns the start of a phone number as people type it into the start of its E.164 form:
 * "06 123" -> "+316123", "0031 20" -> "+3120", "+31 (0)20" -> "+3120", "020-12" -> "+312012".
 * Dutch local forms are assumed for a leading single 0 (the product's home market). Needs at
 * least three digits, so a short number inside a name search ("Jan 2") stays a name search.
 */
export function phonePrefix(value: string): string | null {
  if (!/^[+0-9][0-9\s().-]*$/.test(value)) return null;
  let digits = value.replace(/\(0\)/g, "").replace(/[^0-9+]/g, "");
  if (digits.replace(/\D/g, "").length < 3) return null;
  if (digits.startsWith("+")) digits = digits.slice(1);
  else if (digits.startsWith("00")) digits = digits.slice(2);
  else if (digits.startsWith("0")) digits = `31${digits.slice(1)}`;
  if (digits.includes("+")) return null;
  return `+${digits}`;
}
