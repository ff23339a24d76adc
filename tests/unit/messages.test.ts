import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/paths";

/** The UI exists in Dutch and English: every key in one language exists in the other, and says something in both. */
const root = path.join(REPO_ROOT, "messages");

function keys(node: unknown, prefix = ""): string[] {
  if (!node || typeof node !== "object") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const files = readdirSync(path.join(root, "en")).filter((f) => f.endsWith(".json"));

describe("messages", () => {
  it("has the same files in nl and en", () => {
    expect(
      readdirSync(path.join(root, "nl"))
        .filter((f) => f.endsWith(".json"))
        .sort(),
    ).toEqual([...files].sort());
  });

  it.each(files)("%s has the same keys in nl and en, none empty", (file) => {
    const nl = JSON.parse(readFileSync(path.join(root, "nl", file), "utf8"));
    const en = JSON.parse(readFileSync(path.join(root, "en", file), "utf8"));
    expect(keys(nl).sort()).toEqual(keys(en).sort());
    for (const [locale, messages] of [
      ["nl", nl],
      ["en", en],
    ] as const)
      for (const k of keys(messages)) {
        const value: unknown = k.split(".").reduce((n: any, p) => n?.[p], messages);
        // A message is a non-blank string: an empty object, null or "  " shows nothing to the user.
        expect(
          typeof value === "string" && value.trim() !== "",
          `${locale} ${file} ${k}: ${JSON.stringify(value)}`,
        ).toBe(true);
      }
  });
});

describe("messages for vocabularies defined in code", () => {
  // The key form, the API documentation and the webhook settings name each of these in the user's language.
  const vocabularies = [
    [
      "API scopes",
      "apiKeys.json",
      "scopeDescriptions",
      async () => (await import("@/domain/access/api-scopes")).API_SCOPE_KEYS,
    ],
    [
      "webhook events",
      "webhooks.json",
      "eventDescriptions",
      async () => (await import("@/features/webhooks/events")).WEBHOOK_EVENTS,
    ],
  ] as const;

  it.each(vocabularies.flatMap((v) => (["nl", "en"] as const).map((locale) => [v[0], locale, v] as const)))(
    "every one of the %s has a description in %s",
    async (_name, locale, [, file, group, load]) => {
      const messages = JSON.parse(readFileSync(path.join(root, locale, file), "utf8"))[group] ?? {};
      const missing = (await load()).map((k: string) => k.replace(/[:.]/, "_")).filter((k: string) => !messages[k]);
      expect(missing).toEqual([]);
    },
  );
});
