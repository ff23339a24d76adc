/**
 * The registry is the single source of routes, documentation and reference page: these checks
 * keep it honest (every entry has a route exporting its method, every route method under /api/v1
 * has an entry, ids are unique, every problem type is explained in both languages).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_OPERATIONS } from "@/app/api/v1/_registry";
import { buildOpenApiDocument } from "@/server/http/api/openapi";
import { PROBLEM_TYPES } from "@/server/http/api/problem";
import { API_SCOPES } from "@/domain/access/api-scopes";
import { REPO_ROOT } from "../../../support/paths";

const root = REPO_ROOT;

describe("operation registry", () => {
  it("has unique ids and unique method + path pairs", () => {
    expect(new Set(API_OPERATIONS.map((o) => o.id)).size).toBe(API_OPERATIONS.length);
    expect(new Set(API_OPERATIONS.map((o) => `${o.method} ${o.path}`)).size).toBe(API_OPERATIONS.length);
  });

  it.each(API_OPERATIONS.map((o) => [`${o.method} ${o.path}`, o] as const))(
    "%s has a route built from its registry entry",
    (_, op) => {
      const dir = op.path.replace(/\{(\w+)\}/g, "[$1]");
      const file = path.join(root, "src/app/api/v1", dir, "route.ts");
      expect(existsSync(file), file).toBe(true);
      const source = readFileSync(file, "utf8");
      expect(source).toMatch(new RegExp(`export const ${op.method} = apiRoute\\(\\w+Op,`));
      expect(op.scope === "any" || op.scope in API_SCOPES).toBe(true);
    },
  );

  it("has an entry for every method every route under /api/v1 exports (no undocumented endpoint)", () => {
    const base = path.join(root, "src/app/api/v1");
    const routes = (readdirSync(base, { recursive: true }) as string[])
      .filter((f) => /(^|\/)route\.[jt]sx?$/.test(f))
      .map((f) => path.dirname(f).split(path.sep).join("/"))
      .filter((dir) => !(dir in NOT_OPERATIONS));
    expect(routes.length).toBeGreaterThan(10);
    const declared = new Set(API_OPERATIONS.map((o) => `${o.method} ${o.path}`));
    const undeclared: string[] = [];
    for (const dir of routes) {
      const file = (readdirSync(path.join(base, dir)) as string[]).find((f) => /^route\.[jt]sx?$/.test(f))!;
      const source = readFileSync(path.join(base, dir, file), "utf8");
      const apiPath = "/" + dir.replace(/\[(\w+)\]/g, "{$1}");
      for (const method of exportedMethods(source))
        if (!declared.has(`${method} ${apiPath}`)) undeclared.push(`${method} ${apiPath}`);
    }
    expect(undeclared).toEqual([]);
  });

  it("generates an OpenAPI 3.1 document with every operation, its scope and its statuses", () => {
    const doc = buildOpenApiDocument(API_OPERATIONS, {
      serverUrl: "https://grondslag.example/api/v1",
      version: "1.0.0",
    });
    expect(doc.openapi).toBe("3.1.0");
    for (const op of API_OPERATIONS) {
      const entry = doc.paths[op.path][op.method.toLowerCase()] as {
        operationId: string;
        "x-scope": string;
        responses: Record<string, unknown>;
      };
      expect(entry.operationId).toBe(op.id);
      expect(entry["x-scope"]).toBe(op.scope);
      expect(Object.keys(entry.responses)).toEqual(
        expect.arrayContaining([String(op.success.status), "401", "429", "500"]),
      );
    }
  });

  it("explains every problem type in Dutch and English", () => {
    for (const locale of ["nl", "en"]) {
      const messages = JSON.parse(readFileSync(path.join(root, "messages", locale, "api.json"), "utf8"));
      for (const code of Object.keys(PROBLEM_TYPES)) expect(messages.problems[code], `${locale} ${code}`).toBeTruthy();
    }
  });
});

/**
 * Routes under /api/v1 that are not operations, and why. Anything else there must be declared in
 * the registry, so that it is documented, scoped and rate-limited like every other operation.
 */
const NOT_OPERATIONS: Record<string, string> = {
  "openapi.json": "the OpenAPI document itself, generated from the registry",
  "[...path]": "catch-all that answers every unknown path with a 404 problem",
};

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/** HTTP methods a route module exports: `export const GET`, `export function POST`, `export { x as GET }`. */
function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|let|(?:async\s+)?function)\s+([A-Z]+)\b/g)) found.add(m[1]);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g))
    for (const part of m[1].split(","))
      found.add(
        part
          .trim()
          .split(/\s+as\s+/)
          .pop()!,
      );
  return [...found].filter((name) => METHODS.includes(name));
}
