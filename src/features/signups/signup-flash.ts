import { isAppError } from "@/server/errors";
import type { FlashValues } from "@/server/http/form-flash";

/**
 * What a person typed and ticked on a hosted sign-up form, carried back to it when the server
 * refuses the submission (posted without JavaScript), so they fix one field instead of starting
 * over. Not carried: the render stamp, the honeypot and the notice versions (the page shows the
 * current ones again).
 */
export const SIGNUP_FLASH = "signup-typed";
export const signupFlashPath = (slug: string) => `/f/${encodeURIComponent(slug)}`;

const TEXT_FIELDS = ["email", "firstName", "lastName", "company", "jobTitle", "phone"] as const;

export type SignupTyped = {
  text: Partial<Record<(typeof TEXT_FIELDS)[number], string>>;
  purposes: string[];
  calls: string[];
  /** Field -> message key ("validation.email"), for the fields the server refused. */
  errors: Record<string, string>;
};

export function signupFlashValues(data: FormData, error: unknown): FlashValues {
  const out: FlashValues = {};
  for (const k of TEXT_FIELDS) {
    const v = data.get(k);
    if (typeof v === "string" && v !== "") out[k] = v.slice(0, 300);
  }
  const keys = (k: string) =>
    data
      .getAll(k)
      .filter((v): v is string => typeof v === "string")
      .slice(0, 20);
  out.purpose = keys("purpose");
  out.call = keys("call");
  // "purposes.0" and "callPurposes.0" are about the boxes as a whole on this page.
  out.errors = isAppError(error)
    ? error.fields.map((f) => `${f.field.split(".")[0]}=${f.key ?? "signups.public.error_invalid"}`)
    : [];
  return out;
}

export function signupTypedFromFlash(values: FlashValues | null): SignupTyped {
  const typed: SignupTyped = { text: {}, purposes: [], calls: [], errors: {} };
  if (!values) return typed;
  for (const k of TEXT_FIELDS) if (typeof values[k] === "string") typed.text[k] = values[k] as string;
  const list = (k: string) => (Array.isArray(values[k]) ? (values[k] as string[]) : []);
  typed.purposes = list("purpose");
  typed.calls = list("call");
  for (const e of list("errors")) {
    const [field, key] = e.split("=");
    if (field && key) typed.errors[field] ??= key;
  }
  return typed;
}
