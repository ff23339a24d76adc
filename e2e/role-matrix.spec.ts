/**
 * The role matrix, signed in: every page and every permission-checked download of the app is
 * requested by every role (and by someone not signed in) against the production build, and the
 * answer must be what the matrix in src/domain/access/permissions.ts says. The list is read from
 * the source tree (the permission each page or route names as its gate), so a new page is checked
 * from its first commit; the unit test in tests/unit/architecture makes sure each one names one.
 *
 * Allowed: the page renders (200), or, for a record that does not exist (a random id), 404, or
 * sends the role on to another page of its work; a download called without its query may answer 400.
 * Forbidden: 403 (the forbidden page, rendered before the page loads any data). Not signed in:
 * sent to the sign-in page (downloads: 401).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { test, expect, storageStateFor } from "./fixtures";
import { can, type Permission } from "../src/domain/access/permissions";
import { ROLES } from "../src/domain/vocabulary";

const ROOT = path.resolve(import.meta.dirname, "..");
const APP = path.join(ROOT, "src/app");

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

type Entry = { url: string; permission: Permission; file: string; kind: "page" | "download" };

/** "src/app/(app)/contacts/[id]/edit/page.tsx" -> "/contacts/<random uuid>/edit". */
function urlOf(file: string): string {
  const segments = path
    .relative(APP, path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => (/^\[.*\]$/.test(s) ? randomUUID() : s));
  return `/${segments.join("/")}`;
}

const entries: Entry[] = walk(APP).flatMap((file): Entry[] => {
  const text = readFileSync(file, "utf8");
  const rel = path.relative(ROOT, file);
  if (file.endsWith("/page.tsx")) {
    const gate = /requirePagePermission\("([^"]+)"\)/.exec(text)?.[1];
    return gate ? [{ url: urlOf(file), permission: gate as Permission, file: rel, kind: "page" }] : [];
  }
  if (file.endsWith("/route.ts") && !rel.includes("/api/v1/")) {
    const gate = /export const GET = withPermission(?:<[^>]*>)?\("([^"]+)"/.exec(text)?.[1];
    return gate ? [{ url: urlOf(file), permission: gate as Permission, file: rel, kind: "download" }] : [];
  }
  return [];
});

test("the source tree has pages and downloads to check", () => {
  expect(entries.filter((e) => e.kind === "page").length).toBeGreaterThan(25);
  expect(entries.some((e) => e.kind === "download")).toBe(true);
});

for (const role of ROLES) {
  test.describe(`signed in as ${role}`, () => {
    test.use({ storageState: storageStateFor(role) });

    test("every page and download answers as the role matrix says", async ({ page }) => {
      test.setTimeout(entries.length * 10_000);
      const wrong: string[] = [];
      for (const entry of entries) {
        const res = await page.request.get(entry.url, { maxRedirects: 0 });
        const allowed = can(role, entry.permission);
        const status = res.status();
        const location = res.headers()["location"] ?? "";
        // A page may send a role on to where its work is (sales to "register a request"), never
        // to the sign-in page.
        if (allowed && entry.kind === "page" && status >= 300 && status < 400 && !location.includes("/sign-in"))
          continue;
        // A download without its query (a format, a period) may answer 400: it got past the gate.
        const passed = entry.kind === "page" ? [200, 404] : [200, 400, 404];
        const ok = allowed ? passed.includes(status) : status === 403;
        if (!ok)
          wrong.push(
            `${entry.url} (${entry.file}, ${entry.permission}): ${status}, expected ${allowed ? passed.join("/") : 403}`,
          );
      }
      expect(wrong, wrong.join("\n")).toEqual([]);
    });
  });
}

test.describe("not signed in", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("every page and download sends the visitor to sign in, and shows nothing", async ({ page }) => {
    test.setTimeout(entries.length * 10_000);
    const wrong: string[] = [];
    for (const entry of entries) {
      const res = await page.request.get(entry.url, { maxRedirects: 0 });
      const status = res.status();
      const location = res.headers()["location"] ?? "";
      const refused =
        entry.kind === "page" ? status >= 300 && status < 400 && location.includes("/sign-in") : status === 401;
      if (!refused) wrong.push(`${entry.url} (${entry.file}): ${status} ${location}`);
    }
    expect(wrong, wrong.join("\n")).toEqual([]);
  });
});
