/**
 * The API attacked with generated input: for every operation of the registry (so a new operation is
 * fuzzed without anyone writing a line here), fast-check sends bodies, query strings and path
 * parameters that are wrong in the ways callers get them wrong: wrong types, nulls, huge strings,
 * unicode, extra fields (including `__proto__`), impossible and out-of-range dates, random JSON.
 * Each call goes to the real route handler on a real database. The promises:
 * - never a 5xx: bad input is the caller's mistake and gets a problem document that says so;
 * - never a partial write: after a refusal (4xx) the audit trail and the records it guards have
 *   not changed by a single row, and at the end the audit chain still verifies.
 * FUZZ_RUNS sets the number of generated calls per operation (default 30); a failure prints the
 * fast-check seed and path to replay it.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { API_OPERATIONS } from "@/app/api/v1/_registry";
import type { ApiOperation } from "@/server/http/api/operation";
import { verifyAuditChain } from "@/server/audit/verify-audit-chain";
import { callApi, contactBody, createApiKeyWithScopes } from "../../factories/api";
import { createPurposeWithNotice } from "../../factories/purposes";
import { REPO_ROOT } from "../../support/paths";

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);

type Handler = Parameters<typeof callApi>[0];

/** "/contacts/{id}/consents" -> the route module src/app/api/v1/contacts/[id]/consents/route.ts. */
async function handlerFor(op: ApiOperation): Promise<Handler> {
  const dir = op.path.replace(/\{(\w+)\}/g, "[$1]");
  const file = path.join(REPO_ROOT, "src/app/api/v1", dir, "route.ts");
  const mod = (await import(pathToFileURL(file).href)) as Record<string, Handler>;
  const handler = mod[op.method];
  if (!handler) throw new Error(`${op.method} ${op.path}: ${file} exports no ${op.method} handler`);
  return handler;
}

const NASTY_CONSTANTS: unknown[] = [
  "",
  " ",
  "x".repeat(100_000),
  "🙂".repeat(20_000),
  "\u0000",
  '\'; DROP TABLE "Contact"; --',
  '=HYPERLINK("http://evil.example")',
  "<script>alert(1)</script>",
  "0000-00-00",
  "2026-02-30T10:00:00Z",
  "9999-12-31T23:59:59Z",
  "-271821-04-20T00:00:00Z",
  "+275760-09-13T00:00:00.001Z",
  "1970-01-01T00:00:00Z",
  "not-a-date",
  "00000000-0000-0000-0000-000000000000",
];

/** Values that break naive code, each a plausible mistake or a deliberate attack; the fixed ones
 *  weigh most, so that every operation meets each of them in an ordinary run. */
const nasty = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...NASTY_CONSTANTS) },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ maxLength: 20 }),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  );

/** A body: random JSON, or the documented example with one to three fields broken, removed or added. */
function bodies(op: ApiOperation): fc.Arbitrary<unknown> {
  const example = (op.example?.request ?? {}) as Record<string, unknown>;
  const keys = Object.keys(example);
  const change = fc.record({
    key: keys.length > 0 ? fc.constantFrom(...keys, "__proto__", "constructor", "extra") : fc.constant("extra"),
    value: nasty(),
    drop: fc.boolean(),
  });
  const mutated = fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => {
    const body: Record<string, unknown> = { ...example };
    for (const { key, value, drop } of changes) {
      if (drop && key in body) delete body[key];
      else Object.defineProperty(body, key, { value, enumerable: true, configurable: true, writable: true });
    }
    return body;
  });
  return fc.oneof({ weight: 4, arbitrary: mutated }, fc.jsonValue({ maxDepth: 3 }), nasty());
}

function queries(op: ApiOperation): fc.Arbitrary<string> {
  const names = op.query ? Object.keys(op.query.shape) : [];
  const pair = fc.tuple(
    names.length > 0 ? fc.constantFrom(...names, "extra") : fc.constant("extra"),
    fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom("-1", "0", "1e309", "99999999999", "null", "%00", "x".repeat(5000)),
    ),
  );
  return fc
    .array(pair, { maxLength: 4 })
    .map((pairs) => (pairs.length ? `?${new URLSearchParams(pairs.map(([k, v]) => [k, v])).toString()}` : ""));
}

/** Row counts a refusal must leave alone: the audit trail (every state change writes one row) and
 *  the records it guards most closely. */
async function footprint(db: Db) {
  const [audit, contacts, consents, requests] = await Promise.all([
    db.auditEvent.count(),
    db.contact.count(),
    db.consentRecord.count(),
    db.dataSubjectRequest.count(),
  ]);
  return { audit, contacts, consents, requests };
}

let db: Db;
let token: string;
const realIds: Record<string, string> = {};

beforeAll(async () => {
  db = await getDb();
  token = (await createApiKeyWithScopes(db)).token;
  // Real ids, so that generated bodies reach the code behind the "not found" check.
  const purpose = await createPurposeWithNotice(db, { channels: ["email", "phone"] });
  const contacts = await handlerFor(API_OPERATIONS.find((o) => o.method === "POST" && o.path === "/contacts")!);
  const created = await callApi(contacts, { path: "/contacts", token, body: contactBody() });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  realIds.contacts = created.body.id;
  realIds.purposes = purpose.id;
});

describe("every API operation, fuzzed", () => {
  for (const op of API_OPERATIONS) {
    it(`${op.method} ${op.path}: no 5xx, and a refusal writes nothing`, async () => {
      const handler = await handlerFor(op);
      const paramNames = op.params ? Object.keys(op.params.shape) : [];
      const resource = op.path.split("/")[1];
      const params = fc.record(
        Object.fromEntries(
          paramNames.map((name) => [
            name,
            fc.oneof(
              { weight: 3, arbitrary: fc.constant(realIds[resource] ?? "00000000-0000-7000-8000-000000000000") },
              { weight: 1, arbitrary: fc.uuid() },
              { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
            ),
          ]),
        ) as Record<string, fc.Arbitrary<string>>,
      );
      const raw = op.rawBody ? fc.string({ maxLength: 2000 }) : fc.constant(undefined);
      const json = op.method === "GET" || op.rawBody ? fc.constant(undefined) : bodies(op);

      await fc.assert(
        fc.asyncProperty(params, queries(op), json, raw, async (p, query, body, rawBody) => {
          let concrete = op.path;
          for (const [name, value] of Object.entries(p))
            concrete = concrete.replace(`{${name}}`, encodeURIComponent(value));
          const before = await footprint(db);
          const res = await callApi(handler, {
            method: op.method,
            path: `${concrete}${query}`,
            template: op.path,
            token,
            params: p,
            ...(rawBody !== undefined ? { rawBody, contentType: op.rawBody!.contentType } : {}),
            ...(body !== undefined ? { body } : {}),
          });
          expect(
            res.status,
            `${op.method} ${concrete}${query}: ${JSON.stringify(res.body).slice(0, 500)}`,
          ).toBeLessThan(500);
          if (res.status >= 400) {
            expect(res.contentType).toContain("application/problem+json");
            expect(await footprint(db), `${op.method} ${op.path} refused with ${res.status} but wrote`).toEqual(before);
          }
        }),
        { numRuns: RUNS },
      );
    });
  }

  it("leaves an audit chain that verifies", async () => {
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();
  });
});
