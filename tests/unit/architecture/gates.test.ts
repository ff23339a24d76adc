/**
 * Every way into the application goes through the one authorization mechanism: server actions are
 * built by the action client with a permission, route handlers are wrapped by withPermission
 * (signed-in users) or the API gate (keys with a scope), and signed-in pages check their permission
 * first. A new entry point that skips the gate fails here; the few public ones are listed with the
 * reason they need no login.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PERMISSION_KEYS } from "@/domain/access/permissions";
import { REPO_ROOT } from "../../support/paths";

const root = REPO_ROOT;
const rel = (file: string) => path.relative(root, file);

function walk(dir: string, match: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return walk(full, match);
    return match(full) ? [full] : [];
  });
}

/** Public actions: each checks its own precondition as its first step. */
const PUBLIC_ACTIONS: Record<string, string> = {
  "src/features/users/actions/create-first-admin.ts": "first-run setup, allowed only while no user exists",
  "src/features/outreach/actions/unsubscribe.ts": "the data subject's unsubscribe page, behind a signed token",
  "src/features/consents/actions/answer-written-confirmation.ts":
    "the person confirms or declines a phone consent, behind a signed token",
};

/** Plain form actions outside the action client, and why they need neither login nor permission. */
const PLAIN_ACTIONS: Record<string, string> = {
  "src/features/auth/actions/sign-in.ts": "signing in: there is no user yet; Auth.js validates the input",
  "src/features/auth/actions/sign-out.ts": "ends the caller's own session",
  "src/features/preferences/actions/set-locale.ts": "sets the language cookie; the value is validated with zod",
};

/** Route handlers without a login, and why. */
const PUBLIC_ROUTES: Record<string, string> = {
  "src/app/api/auth/[...nextauth]/route.ts": "sign-in itself (Auth.js)",
  "src/app/api/health/route.ts": "load-balancer health check, reveals nothing",
  "src/app/api/v1/[...path]/route.ts": "answers 404 for unknown API paths",
  "src/app/api/v1/openapi.json/route.ts": "the published API contract",
  "src/app/(public)/u/[token]/route.ts": "RFC 8058 one-click unsubscribe, behind a signed token",
};

const GATES = /=\s*(withPermission|withApiKey|apiRoute)\s*(<[^>]*>)?\s*\(/;

describe("every server action is built by the action client with a permission", () => {
  const actionFiles = walk(path.join(root, "src/features"), (f) => /\/actions\/[^/]+\.tsx?$/.test(f));

  it("finds the action files", () => expect(actionFiles.length).toBeGreaterThan(10));

  for (const file of actionFiles) {
    it(rel(file), () => {
      const source = readFileSync(file, "utf8");
      expect(source.trimStart().startsWith('"use server"'), 'starts with "use server"').toBe(true);
      if (rel(file) in PLAIN_ACTIONS) return;
      // An exported async function in a "use server" file is an action that skips the client.
      expect(source).not.toMatch(/export\s+(async\s+)?function\s/);
      const exports = [...source.matchAll(/export const (\w+)\s*=\s*([\s\S]*?)(?=\nexport |\n*$)/g)];
      expect(exports.length, "exports at least one action").toBeGreaterThan(0);
      for (const [, name, body] of exports) {
        if (rel(file) in PUBLIC_ACTIONS) {
          expect(body, `${name} uses the public client`).toMatch(/^publicActionClient\b/);
          continue;
        }
        expect(body, `${name} is built by actionClient`).toMatch(/^actionClient\b/);
        const permission = body.match(/\.metadata\(\{\s*permission:\s*"([^"]+)"/)?.[1];
        expect(PERMISSION_KEYS, `${name} names a known permission`).toContain(permission);
      }
    });
  }
});

describe("every route handler goes through a gate", () => {
  const routes = walk(path.join(root, "src/app"), (f) => /\/route\.tsx?$/.test(f));

  it("finds the route handlers", () => expect(routes.length).toBeGreaterThan(10));

  for (const file of routes) {
    it(rel(file), () => {
      if (rel(file) in PUBLIC_ROUTES) return;
      const source = readFileSync(file, "utf8");
      const handlers = [
        ...source.matchAll(/export (const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b[^\n]*/g),
      ];
      expect(handlers.length, "exports a handler").toBeGreaterThan(0);
      for (const [line, kind, method] of handlers) {
        expect(kind, `${method} is a wrapped handler, not a bare function`).toBe("const");
        expect(line, `${method} is wrapped by withPermission, withApiKey or apiRoute`).toMatch(GATES);
      }
    });
  }

  it("lists only public routes that exist", () => {
    for (const file of Object.keys(PUBLIC_ROUTES)) expect(statSync(path.join(root, file)).isFile()).toBe(true);
  });
});

describe("every signed-in page checks its permission first", () => {
  const pages = walk(path.join(root, "src/app/(app)"), (f) => /\/page\.tsx$/.test(f));

  it("finds the pages", () => expect(pages.length).toBeGreaterThan(10));

  for (const file of pages) {
    it(rel(file), () => {
      const source = readFileSync(file, "utf8");
      const body = source.slice(source.indexOf("export default"));
      const firstAwait = body.match(/await\s+([\w.]+)\(/)?.[1];
      expect(firstAwait, "the first awaited call is requirePagePermission").toBe("requirePagePermission");
    });
  }
});
