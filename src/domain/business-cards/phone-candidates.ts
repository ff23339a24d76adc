import { normalisePhone, type NormalisedPhone } from "@/domain/contact-points/normalise-phone";

/**
 * Phone numbers in one OCR line, checked by the contact-points normaliser (Dutch numbering plan by
 * default): "+31 6 12345678", "06-12345678", "020 123 4567", "+31 (0)20 123 4567", "0031 20 ...".
 * The line's label says what the number is for: a fax number is never proposed (nobody can be
 * called on it); "M", "Mob", "Mobiel", "GSM" mark a mobile number, which the form prefers because
 * it leads to the person rather than to the switchboard.
 */
export interface PhoneCandidate {
  phone: NormalisedPhone;
  /** The line said "mobile" (or the plan says so). */
  mobile: boolean;
  certainty: number;
}

const FAX = /^\s*(f|fax|telefax)\b\s*[:.]?/i;
const MOBILE_LABEL = /^\s*(m|mob|mobiel|mobile|gsm|cell|cel)\b\s*[:.]?/i;
// A run that starts like a phone number (+, 00 or 0) and holds digits, spaces and separators.
const NUMBER_RUN = /(?:\+|\b0)[\d\s().\-/]{7,}\d/g;

export function phoneCandidates(text: string): PhoneCandidate[] {
  if (FAX.test(text)) return [];
  const labelledMobile = MOBILE_LABEL.test(text);
  // The letter O read for a zero, inside a run of digits ("O6-1234 5678", "020 1O2 ...").
  const digits = text.replace(/(?<![A-Za-z])[Oo](?=\d)|(?<=\d)[Oo](?![A-Za-z])/g, "0");
  const repaired = digits !== text;
  const out: PhoneCandidate[] = [];
  for (const match of digits.matchAll(NUMBER_RUN)) {
    const phone = normalisePhone(match[0]);
    if (!phone || out.some((c) => c.phone.e164 === phone.e164)) continue;
    out.push({ phone, mobile: labelledMobile || phone.type === "mobile", certainty: repaired ? 0.8 : 1 });
  }
  return out;
}
