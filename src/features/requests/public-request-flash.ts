import { isAppError } from "@/server/errors";
import type { FlashValues } from "@/server/http/form-flash";
import type { PublicRequestTyped } from "./components/public-request-form";

/** The cookie and path that carry the typed values of the public request form back to it. */
export const REQUEST_FLASH = { name: "privacy-request-typed", path: "/privacy/request" } as const;

/** What goes into the cookie: the person's own entries and, per wrong field, the message key. */
export function requestFlashValues(data: FormData, error: unknown): FlashValues {
  const text = (k: string) => {
    const v = data.get(k);
    return typeof v === "string" ? v.slice(0, 2000) : "";
  };
  const errors = isAppError(error) ? error.fields.map((f) => `${f.field}=${f.key ?? "validation.required"}`) : [];
  return { type: text("type"), name: text("name"), email: text("email"), details: text("details"), errors };
}

/** The flash read back, in the shape the form takes. */
export function typedFromFlash(values: FlashValues | null): PublicRequestTyped {
  if (!values) return { errors: {} };
  const one = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : undefined);
  const errors: Record<string, string> = {};
  for (const e of Array.isArray(values.errors) ? values.errors : []) {
    const [field, key] = e.split("=");
    if (field && key) errors[field] ??= key;
  }
  return { type: one("type"), name: one("name"), email: one("email"), details: one("details"), errors };
}
