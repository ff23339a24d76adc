/**
 * Where a problem from the server belongs on the opt-in screen. The services name fields by their
 * own paths ("consents.1.evidence.location", "emails.0.address", "newContact.firstName"); the
 * screen has one shared "where" field for all purposes, one photo field, and so on.
 */
export function optInField(path: string): string {
  let p = path
    .replace(/^consents\.\d+\./, "")
    .replace(/^evidence\./, "")
    .replace(/^newContact\./, "");
  if (/^attachments(\.|$)/.test(p)) return "photo";
  if (/^(channels|purposes)(\.|$)/.test(p) || p === "purpose") return "purposes";
  if (p === "emails.0.address") return "email";
  if (p === "phones.0.number") return "phone";
  if (p.startsWith("company.")) p = p === "company.kvkNumber" ? "kvkNumber" : "companyName";
  if (p === "contactId") return "contact";
  return p;
}

/** Groups messages by screen field, dropping repeats (the same problem for each ticked purpose). */
export function optInErrors(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const field = optInField(path);
    if (!out[field]) out[field] = message;
    else if (!out[field].includes(message)) out[field] = `${out[field]} ${message}`;
  }
  return out;
}

/** "2026-03-01T14:30" for a datetime-local input, in the device's time zone. */
export function toLocalInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A guess at the kind of a number from a business card: Dutch mobiles start 06 / +316. */
export function guessPhoneKind(raw: string): "mobile" | "direct" {
  const digits = raw.replace(/[^\d+]/g, "");
  return /^(06|\+316|00316)/.test(digits) ? "mobile" : "direct";
}
