import { parsePhoneNumberFromString, type CountryCode, type NumberType } from "libphonenumber-js/max";
import type { PhoneKind } from "@/domain/vocabulary";

export type PhoneTypeHint =
  | "mobile"
  | "fixed"
  | "fixed_or_mobile"
  | "toll_free"
  | "premium_rate"
  | "shared_cost"
  | "voip"
  | "personal_number"
  | "pager"
  | "uan"
  | "voicemail"
  | "unknown";

export interface NormalisedPhone {
  /** +31201234567: the one form used for matching, de-duplication and suppression hashes. */
  e164: string;
  /** What the numbering plan says the number is; a hint, numbers get ported. */
  type: PhoneTypeHint;
  /** ISO 3166-1 alpha-2 of the number's country, when the plan tells. */
  country: string | null;
  /** Extension dialled after connecting ("toestel"), not part of e164. */
  extension: string | null;
  /**
   * Suggested PhoneKind: "mobile" for mobile numbers, which lead straight to one person
   * (personal data, and for a natural person telemarketing needs consent: Tw art. 11.7).
   * null otherwise: whether a fixed line is the general number or someone's direct line cannot
   * be told from the number, so the user must say.
   */
  suggestedKind: PhoneKind | null;
}

const TYPE_HINTS: Record<NumberType & string, PhoneTypeHint> = {
  MOBILE: "mobile",
  FIXED_LINE: "fixed",
  FIXED_LINE_OR_MOBILE: "fixed_or_mobile",
  TOLL_FREE: "toll_free",
  PREMIUM_RATE: "premium_rate",
  SHARED_COST: "shared_cost",
  VOIP: "voip",
  PERSONAL_NUMBER: "personal_number",
  PAGER: "pager",
  UAN: "uan",
  VOICEMAIL: "voicemail",
};

/** Longer input is not a phone number; refusing it early keeps parsing cheap. */
const MAX_INPUT_LENGTH = 64;

/**
 * Parses what people type ("06 12345678", "020-1234567", "+31 (0)20 123 4567", "0031 20 ...")
 * into E.164, or null when it is not a valid number. Uses libphonenumber-js's full ("max")
 * metadata: the default metadata only checks lengths and cannot tell mobile from fixed.
 */
export function normalisePhone(
  raw: string | null | undefined,
  defaultCountry: CountryCode = "NL",
): NormalisedPhone | null {
  if (typeof raw !== "string") return null;
  const value = raw.trim();
  if (value === "" || value.length > MAX_INPUT_LENGTH) return null;

  const parsed = parsePhoneNumberFromString(value, defaultCountry);
  if (!parsed || !parsed.isValid()) return null;

  const numberType = parsed.getType();
  const type: PhoneTypeHint = numberType ? (TYPE_HINTS[numberType] ?? "unknown") : "unknown";
  return {
    e164: parsed.number,
    type,
    country: parsed.country ?? null,
    extension: parsed.ext ?? null,
    suggestedKind: type === "mobile" ? "mobile" : null,
  };
}
