/**
 * Client components get only the texts their layout passes them (src/i18n/client-messages.ts). This
 * walks the imports of the public pages and of the root layout's own pages, finds every client
 * component among them and the namespaces it reads, and fails when one is not passed: the page
 * would otherwise show message keys instead of text.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AbstractIntlMessages } from "next-intl";
import { PUBLIC_CLIENT_NAMESPACES, ROOT_CLIENT_NAMESPACES, pickMessages } from "@/i18n/client-messages";
import { loadMessages } from "@/i18n/load-messages";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SRC = path.join(ROOT, "src");
const rel = (p: string) => path.relative(ROOT, p).split(path.sep).join("/");

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

function resolveImport(spec: string, from: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(SRC, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const ext of ["", ".ts", ".tsx", "/index.ts", "/index.tsx"])
    if (existsSync(base + ext) && statSync(base + ext).isFile()) return base + ext;
  return null;
}

/** Namespace read by each client component reachable from `entries` ("*" = every message). */
function clientNamespaces(entries: string[]): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s+["']([^"']+)["']/g)) {
      const target = resolveImport(m[1], file);
      if (target) stack.push(target);
    }
    if (!/^\s*["']use client["']/.test(text)) continue;
    for (const m of text.matchAll(/useTranslations\(\s*(?:["']([^"']+)["'])?\s*\)/g)) {
      const namespace = m[1] ?? "*";
      found.set(namespace, (found.get(namespace) ?? new Set()).add(rel(file)));
    }
  }
  return found;
}

const covered = (namespace: string, passed: string[]) =>
  namespace !== "*" && passed.some((p) => namespace === p || namespace.startsWith(`${p}.`));

function uncovered(entries: string[], passed: string[]) {
  return [...clientNamespaces(entries)]
    .filter(([namespace]) => !covered(namespace, passed))
    .map(([namespace, files]) => `${namespace} (read by ${[...files].join(", ")})`);
}

describe("messages passed to client components", () => {
  it("the public pages pass every namespace their client components read", () => {
    const entries = walk(path.join(SRC, "app", "(public)"));
    expect(entries.length).toBeGreaterThan(5);
    expect(uncovered(entries, PUBLIC_CLIENT_NAMESPACES)).toEqual([]);
  });

  it("the root layout passes every namespace its own error and not-found pages read", () => {
    const entries = ["layout.tsx", "error.tsx", "not-found.tsx", "forbidden.tsx"]
      .map((f) => path.join(SRC, "app", f))
      .filter((f) => existsSync(f));
    expect(uncovered(entries, ROOT_CLIENT_NAMESPACES)).toEqual([]);
  });

  it("finds a client component's namespace (the walk itself works)", () => {
    const found = clientNamespaces([path.join(SRC, "app", "(public)", "layout.tsx")]);
    expect(found.get("common")).toContain("src/components/shell/language-switch.tsx");
  });

  it("picks whole namespaces and single branches, in both languages, and refuses a name that does not exist", () => {
    for (const locale of ["nl", "en"] as const) {
      const all = loadMessages(locale) as AbstractIntlMessages & Record<string, Record<string, unknown>>;
      const picked = pickMessages(all, PUBLIC_CLIENT_NAMESPACES) as Record<string, Record<string, unknown>>;
      expect(picked.common).toEqual(all.common);
      expect(Object.keys(picked.public)).toEqual(["confirmation", "unsubscribe"]);
      expect(picked.public.unsubscribe).toEqual(all.public.unsubscribe);
      expect(picked.campaigns).toBeUndefined();
      expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(all).length / 5);
    }
    expect(() => pickMessages(loadMessages("nl") as AbstractIntlMessages, ["public.nothing-here"])).toThrow(
      /public\.nothing-here/,
    );
  });
});
