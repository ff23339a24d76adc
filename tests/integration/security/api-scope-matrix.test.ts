/**
 * The API half of the role matrix, generated from the operation registry: every operation is
 * called through its real route handler with a key holding every scope except the one it
 * declares, and must answer 403 and leave no trace (row counts and the audit trail unchanged).
 * A new operation is covered by being registered.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { API_SCOPE_KEYS } from "@/domain/access/api-scopes";
import { API_OPERATIONS } from "@/app/api/v1/_registry";
import { callApi, createApiKeyWithScopes } from "../../factories/api";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const ID = "0193a5b2-8d2f-7e40-8b72-3a1d2f5c6b7e";

/** "/contacts/{id}/restriction" -> src/app/api/v1/contacts/[id]/restriction/route.ts */
const routeFile = (p: string) => path.join(ROOT, "src/app/api/v1", p.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");

async function snapshot() {
  const db = await getDb();
  const [contacts, consents, objections, restrictions, relationships, requests, purposes, audit] = await Promise.all([
    db.contact.count(),
    db.consentRecord.count(),
    db.objection.count(),
    db.restriction.count(),
    db.customerRelationship.count(),
    db.dataSubjectRequest.count(),
    db.purpose.count(),
    db.auditEvent.count(),
  ]);
  return { contacts, consents, objections, restrictions, relationships, requests, purposes, audit };
}

describe("API scope matrix", () => {
  const scoped = API_OPERATIONS.filter((op) => op.scope !== "any");
  let tokens: Map<string, string>;

  beforeAll(async () => {
    const db = await getDb();
    tokens = new Map();
    for (const scope of new Set(scoped.map((op) => op.scope)))
      tokens.set(
        scope,
        (
          await createApiKeyWithScopes(
            db,
            API_SCOPE_KEYS.filter((s) => s !== scope),
          )
        ).token,
      );
  });

  it("has a route file for every registered operation", () => {
    for (const op of API_OPERATIONS) expect(existsSync(routeFile(op.path)), `${op.id}: ${op.path}`).toBe(true);
  });

  it.each(scoped.map((op) => [op.id, op] as const))(
    "%s refuses a key without its scope, without a trace",
    async (_id, op) => {
      const route = await import(/* @vite-ignore */ routeFile(op.path));
      const handler = route[op.method];
      expect(handler, `${op.id} exports ${op.method}`).toBeTypeOf("function");
      const params = Object.fromEntries([...op.path.matchAll(/\{(\w+)\}/g)].map((m) => [m[1], ID]));
      const before = await snapshot();
      const res = await callApi(handler, {
        method: op.method,
        path: op.path.replace(/\{\w+\}/g, ID),
        params,
        token: tokens.get(op.scope)!,
        body: op.method === "GET" ? undefined : (op.example?.request ?? {}),
      });
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ status: 403 });
      expect(await snapshot()).toEqual(before);
    },
  );
});
