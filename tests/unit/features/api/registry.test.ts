/**
 * The registry is the single source of routes, documentation and reference page: these checks
 * keep it honest (every entry has a route exporting its method, ids are unique, every problem
 * type is explained in both languages).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_OPERATIONS } from "@/app/api/v1/_operations";
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
