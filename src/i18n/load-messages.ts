import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "./config";

/**
 * Messages live in messages/<locale>/<namespace>.json, one file per feature area, so that each
 * feature owns its texts. Read once per process.
 */
const cache = new Map<Locale, Record<string, unknown>>();

export function loadMessages(locale: Locale): Record<string, unknown> {
  const hit = cache.get(locale);
  if (hit) return hit;
  // The server runs from the project folder (npm start); the folder is read at run time, not bundled.
  const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), "messages", locale);
  const messages: Record<string, unknown> = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    messages[file.replace(/\.json$/, "")] = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  }
  cache.set(locale, messages);
  return messages;
}
