/**
 * A Dutch Chamber of Commerce (KvK) number in canonical form: exactly 8 digits, or null.
 * People write it with spaces ("1234 5678"); only whitespace is stripped, anything else makes
 * the input suspect. KvK numbers have no public check digit, so the format is all we can check
 * here; whether the number exists is a question for the KvK register.
 */
export function normaliseKvk(raw: string | null | undefined): string | null {
  if (typeof raw !== "string") return null;
  const digits = raw.replace(/\s+/g, "");
  return /^[0-9]{8}$/.test(digits) ? digits : null;
}
