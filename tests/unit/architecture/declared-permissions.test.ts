/**
 * The role matrix, generated from the source tree: every page, route handler and server action
 * must declare the permission it needs (a key of src/domain/access/permissions.ts), or be on the
 * short list of public entry points below, each with its reason. A new route without a declared
 * permission fails here before it can ship.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PERMISSIONS, can } from "@/domain/access/permissions";
import { ROLES } from "@/domain/vocabulary";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const rel = (p: string) => path.relative(ROOT, p).split(path.sep).join("/");

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

const files = walk(path.join(ROOT, "src"));
const source = (p: string) => readFileSync(p, "utf8");

/** Entry points that are public by design, and why. Adding one here is a reviewed decision. */
const PUBLIC_PAGES: Record<string, string> = {
  "src/app/(auth)/sign-in/page.tsx": "the sign-in form",
  "src/app/(auth)/setup/page.tsx": "first run only: creates the first administrator while no user exists",
  "src/app/(public)/u/[token]/confirm/page.tsx": "unsubscribe page: the signed token is the authorisation",
  "src/app/(public)/c/[token]/page.tsx":
    "written confirmation of a phone consent: the signed token is the authorisation",
  "src/app/(public)/f/[slug]/page.tsx": "a published sign-up form: anyone may sign up (double opt-in follows)",
  "src/app/(public)/f/[slug]/thanks/page.tsx": "the thank-you page after a sign-up; shows nothing personal",
  "src/app/(public)/f/confirm/[token]/review/page.tsx":
    "double opt-in confirmation: the signed, single-use token is the authorisation",
  "src/app/(public)/p/page.tsx": "asks for a preference link by e-mail; never reveals whether an address is known",
  "src/app/(public)/p/[token]/page.tsx": "the preference centre: the signed token is the authorisation",
  "src/app/(public)/privacy/request/page.tsx":
    "anyone may exercise their rights (AVG art. 12 lid 2); the page shows nothing about what we hold",
  "src/app/(public)/privacy/request/verify/[token]/review/page.tsx":
    "confirming a privacy request: the signed, single-use token is the authorisation",
  "src/app/(public)/privacy/request/status/[token]/page.tsx":
    "a request's status: the signed link mailed to the requester is the authorisation; it shows what they told us and where it stands, nothing we found",
};
const PUBLIC_ROUTES: Record<string, string> = {
  "src/app/api/v1/[...path]/route.ts": "404 problem for unknown API paths; reads nothing",
  "src/app/api/v1/openapi.json/route.ts": "the API description; holds no data",
  "src/app/api/auth/[...nextauth]/route.ts": "Auth.js sign-in/out endpoints",
  "src/app/api/health/route.ts": "liveness probe; holds no data",
  "src/app/serwist/[path]/route.ts": "the service worker script, built at build time; holds no data",
  "src/app/.well-known/security.txt/route.ts":
    "RFC 9116 security contact: the organisation's own controller address, nothing about anyone else",
  "src/app/(public)/u/[token]/route.ts": "one-click unsubscribe (RFC 8058): the signed token is checked first",
  "src/app/(public)/brand/mail-logo/route.ts":
    "the organisation's logo that campaign mails show: mail clients fetch it without signing in; the same URL for everyone",
  "src/app/(public)/f/[slug]/submit/route.ts":
    "a sign-up form's submission: honeypot, time check and rate limits, then double opt-in",
  "src/app/(public)/f/confirm/[token]/route.ts":
    "double opt-in confirmation by POST: the signed, single-use token is checked first",
  "src/app/api/open/[token]/route.ts":
    "the open pixel of campaign mail: the signed token is checked first; the same image for every token, valid or not",
  "src/app/(public)/p/[token]/change/route.ts": "a change on the preference centre: the signed token is checked first",
  "src/app/(public)/p/send/route.ts": "sends a preference link to the address given, rate-limited, revealing nothing",
  "src/app/(public)/privacy/request/submit/route.ts":
    "a data-subject request: honeypot, time check and rate limits; the same answer for every address",
  "src/app/(public)/privacy/request/verify/[token]/route.ts":
    "confirming a privacy request by POST: the signed, single-use token is checked first",
};
const PLAIN_ACTIONS: Record<string, string> = {
  "src/features/auth/actions/sign-in.ts": "the sign-in form (throttled)",
  "src/features/auth/actions/sign-out.ts": "ends the caller's own session",
  "src/features/preferences/actions/set-locale.ts": "sets the caller's language cookie (and their own profile)",
};
const PUBLIC_ACTIONS: Record<string, string> = {
  "src/features/users/actions/create-first-admin.ts": "first run only",
  "src/features/outreach/actions/unsubscribe.ts": "unsubscribe page: checks the signed token first",
  "src/features/consents/actions/answer-written-confirmation.ts":
    "confirm or decline a phone consent: the signed token is checked first",
};

const isPermission = (p: string) => p in PERMISSIONS;

describe("every entry point declares its permission", () => {
  it("pages call requirePagePermission with a known permission as their gate", () => {
    const pages = files.filter((f) => f.endsWith("/page.tsx"));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const declared = [...source(page).matchAll(/requirePagePermission\("([^"]+)"\)/g)].map((m) => m[1]);
      if (declared.length === 0)
        expect(PUBLIC_PAGES, `${rel(page)} declares no permission`).toHaveProperty([rel(page)]);
      for (const p of declared) expect(isPermission(p), `${rel(page)}: unknown permission ${p}`).toBe(true);
    }
  });

  it("route handlers go through withPermission, an API operation (scope) or are listed as public", () => {
    const routes = files.filter((f) => f.endsWith("/route.ts"));
    for (const route of routes) {
      const text = source(route);
      const perms = [...text.matchAll(/withPermission(?:<[^>]*>)?\("([^"]+)"/g)].map((m) => m[1]);
      const api = /apiRoute\(|withApiKey\(/.test(text);
      if (perms.length === 0 && !api)
        expect(PUBLIC_ROUTES, `${rel(route)} declares no permission`).toHaveProperty([rel(route)]);
      for (const p of perms) expect(isPermission(p), `${rel(route)}: unknown permission ${p}`).toBe(true);
      const handlers = [...text.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)];
      if (api)
        for (const h of handlers) expect(text, `${rel(route)} ${h[1]}`).toMatch(new RegExp(`${h[1]} = apiRoute\\(`));
    }
  });

  it("every exported server action names its permission in the action client's metadata", () => {
    const actions = files.filter((f) => /"use server"/.test(source(f)));
    expect(actions.length).toBeGreaterThan(20);
    for (const file of actions) {
      const text = source(file);
      const r = rel(file);
      if (r in PLAIN_ACTIONS) continue;
      const exported = [...text.matchAll(/export const (\w+) = (actionClient|publicActionClient)/g)];
      const other = [...text.matchAll(/export (?:async )?function (\w+)/g)];
      expect(
        other.map((m) => m[1]),
        `${r} exports an action outside the action client`,
      ).toEqual([]);
      expect(exported.length, `${r} exports no action`).toBeGreaterThan(0);
      const permissions = [...text.matchAll(/permission: "([^"]+)"/g)].map((m) => m[1]);
      const pub = exported.filter((m) => m[2] === "publicActionClient").length;
      if (pub > 0) expect(PUBLIC_ACTIONS, `${r} is public but not listed`).toHaveProperty([r]);
      expect(permissions.length, `${r}: each action needs metadata with a permission`).toBe(exported.length - pub);
      for (const p of permissions) expect(isPermission(p), `${r}: unknown permission ${p}`).toBe(true);
    }
  });

  it("gives every permission to at least one role, and the administrator the people and keys", () => {
    for (const p of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[])
      expect(
        ROLES.some((role) => can(role, p)),
        p,
      ).toBe(true);
    expect(can("admin", "users:manage") && can("admin", "api-keys:manage")).toBe(true);
  });
});
