import { AppError, isAppError } from "@/server/errors";

/**
 * Runs a service and reports its field errors under the API's field names (e.g. the service's
 * "requesterEmail" is the API's "subjectEmail"), so that `errors[].field` always names a field of
 * the body the client sent. Prefix matches: "emails.0.designation.where" -> "emails.0.designation".
 * Part of the API frame rather than of one feature: the adapters of contacts, purposes and
 * requests use it, and it needs nothing but AppError.
 */
export async function withApiFieldNames<T>(names: Record<string, string>, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isAppError(error) || error.fields.length === 0) throw error;
    const fields = error.fields.map((f) => ({ ...f, field: rename(f.field, names) }));
    // The summary may name a field too ("Invalid input: requesterEmail"): the caller's names there as well.
    const message = Object.entries(names).reduce(
      (text, [internal, external]) =>
        text.replace(new RegExp(`\\b${internal.replace(/\./g, "\\.")}\\b`, "g"), external),
      error.message,
    );
    throw new AppError(error.code, message, { key: error.key, fields });
  }
}

function rename(field: string, names: Record<string, string>): string {
  if (names[field]) return names[field];
  const prefix = Object.keys(names)
    .filter((k) => field.startsWith(`${k}.`))
    .sort((a, b) => b.length - a.length)[0];
  if (prefix) return `${names[prefix]}${field.slice(prefix.length)}`;
  // Nested designation: the API takes it as one text.
  return field.replace(/^(emails\.\d+\.designation)\.(where|seenAt)$/, "$1");
}
