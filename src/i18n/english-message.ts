import { loadMessages } from "./load-messages";

/**
 * Zod schemas carry message keys ("validation.email") so the UI can show them in the user's
 * language. Outside the UI (CLI, REST API) the English text is shown instead.
 */
export function englishMessage(message: string): string {
  const match = /^([a-zA-Z]+)\.([a-zA-Z0-9_.]+)$/.exec(message);
  if (!match) return message;
  let node: unknown = loadMessages("en")[match[1]];
  for (const part of match[2].split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string" ? node : message;
}
