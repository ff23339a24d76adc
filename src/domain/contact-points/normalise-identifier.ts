import type { CountryCode } from "libphonenumber-js/max";
import { normaliseEmail } from "./normalise-email";
import { normalisePhone } from "./normalise-phone";

/**
 * The canonical form of an e-mail address or phone number, as used for the suppression list:
 * lowercased e-mail, or E.164 phone. Idempotent, so hashing an already-normalised value gives
 * the same result. Null when it is neither.
 */
export function normaliseIdentifier(
  raw: string,
  defaultCountry: CountryCode = "NL",
): { kind: "email" | "phone"; value: string } | null {
  if (raw.includes("@")) {
    const email = normaliseEmail(raw);
    return email === null ? null : { kind: "email", value: email };
  }
  const phone = normalisePhone(raw, defaultCountry);
  return phone === null ? null : { kind: "phone", value: phone.e164 };
}
