/**
 * Each status the API promises, produced for real and checked against the OpenAPI document: 401,
 * 403, 404, 409, 422, 429 with Retry-After, 400 naming every invalid field, and a 500 that tells
 * nothing about the failure.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { withApiKey } from "@/server/http/api/with-api-key";
import { API_RATE_LIMIT } from "@/server/http/api/rate-limit";
import { revokeApiKey } from "@/features/api-keys/services/revoke-api-key";
import * as purposes from "@/app/api/v1/purposes/route";
import * as contacts from "@/app/api/v1/contacts/route";
import * as contact from "@/app/api/v1/contacts/[id]/route";
import * as consents from "@/app/api/v1/contacts/[id]/consents/route";
import * as restriction from "@/app/api/v1/contacts/[id]/restriction/route";
import * as eligibility from "@/app/api/v1/eligibility/route";
import * as batch from "@/app/api/v1/eligibility/batch/route";
import * as notFoundRoute from "@/app/api/v1/[...path]/route";
import {
  callApi,
  checkEveryResponse,
  contactBody,
  createApiKeyWithScopes,
  purposeBody,
  webConsentBody,
} from "../../factories/api";
import { expectDocumented } from "./openapi-contract";

let token: string;
let purposeKey: string;

beforeAll(async () => {
  const db = await getDb();
  token = (await createApiKeyWithScopes(db)).token;
  checkEveryResponse(expectDocumented);
  purposeKey = (await callApi(purposes.POST, { path: "/purposes", token, body: purposeBody() })).body.key;
});
afterAll(() => checkEveryResponse(null));

const problemType = (slug: string) => `/api-docs#problem-${slug}`;

describe("401: no valid key", () => {
  it("refuses a request without a key, with a mistyped key, with an unknown key and with a revoked key", async () => {
    const db = await getDb();
    const revoked = await createApiKeyWithScopes(db);
    await revokeApiKey(db, SYSTEM, { apiKeyId: revoked.id });
    const wrongSecret = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    for (const t of [null, "not-a-key", "grd_000000000000_" + "A".repeat(43), wrongSecret, revoked.token]) {
      const res = await callApi(purposes.GET, { path: "/purposes", token: t });
      expect(res.status).toBe(401);
      expect(res.contentType).toContain("application/problem+json");
      expect(res.headers.get("www-authenticate")).toContain("Bearer");
      expect(res.body).toMatchObject({
        type: problemType("unauthenticated"),
        title: "Missing or invalid API key",
        status: 401,
        errors: [],
      });
    }
    // A key that is not valid spends no budget: not a revoked key's, nor one whose secret is wrong.
    const wrong = revoked.token.slice(0, -4) + (revoked.token.endsWith("AAAA") ? "BBBB" : "AAAA");
    const unrevoked = await createApiKeyWithScopes(db);
    const guessed = unrevoked.token.slice(0, -4) + (unrevoked.token.endsWith("AAAA") ? "BBBB" : "AAAA");
    for (const t of [wrong, guessed])
      expect((await callApi(purposes.GET, { path: "/purposes", token: t })).status).toBe(401);
    const counters = await db.rateLimitCounter.findMany({
      where: { key: { in: [`api:${revoked.id}`, `api:${unrevoked.id}`] } },
    });
    expect(counters).toEqual([]);
  });

  it("keeps the last-used time of a key, written at most once a minute", async () => {
    const db = await getDb();
    const key = await createApiKeyWithScopes(db);
    await callApi(purposes.GET, { path: "/purposes", token: key.token });
    const first = (await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt;
    expect(first).not.toBeNull();
    await callApi(purposes.GET, { path: "/purposes", token: key.token });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).toEqual(first);
  });
});

describe("403: a valid key without the scope", () => {
  it("refuses an operation outside the key's scopes and names the scope", async () => {
    const readOnly = (await createApiKeyWithScopes(await getDb(), ["contacts:read"])).token;
    const res = await callApi(purposes.POST, { path: "/purposes", token: readOnly, body: purposeBody() });
    expect(res.status).toBe(403);
    expect(res.body.detail).toContain("purposes:write");
  });

  it("refuses consents recorded with a new contact when the key may not write consents", async () => {
    const contactsOnly = (await createApiKeyWithScopes(await getDb(), ["contacts:write"])).token;
    const res = await callApi(contacts.POST, {
      path: "/contacts",
      token: contactsOnly,
      body: contactBody({ consents: [webConsentBody(purposeKey)] }),
    });
    expect(res.status).toBe(403);
    expect(res.body.detail).toContain("consents:write");
  });
});

describe("400: malformed input, every invalid field named", () => {
  it("lists each invalid field of the body with an English message", async () => {
    const res = await callApi(contacts.POST, {
      path: "/contacts",
      token,
      body: { firstName: "", emails: [{ address: "x", kind: "work" }], source: { type: "fair" } },
    });
    expect(res.status).toBe(400);
    expect(res.body.type).toBe(problemType("invalid-input"));
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(["firstName", "lastName", "emails.0.kind", "source.type"]));
    expect(res.body.errors.find((e: { field: string }) => e.field === "firstName").message).toBe(
      "This field is required.",
    );
    for (const e of res.body.errors) expect(e.message).not.toMatch(/^[a-z]+\.[a-zA-Z.]+$/);
  });

  it("names fields found invalid by the rules too, under the API's field names", async () => {
    const res = await callApi(contacts.POST, {
      path: "/contacts",
      token,
      body: contactBody({
        emails: [
          { address: "not-an-address@", kind: "personal" },
          { address: "sales@example.nl", kind: "designated_commercial" },
        ],
      }),
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(["emails.0.address", "emails.1.designation"]),
    );
  });

  it("refuses a body that is not JSON, and more than 10,000 ids in a batch", async () => {
    const bad = await callApi(eligibility.POST, { path: "/eligibility", token, rawBody: "{not json" });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toContain("not valid JSON");
    const ids = Array.from({ length: 10_001 }, () => crypto.randomUUID());
    const tooMany = await callApi(batch.POST, {
      path: "/eligibility/batch",
      token,
      body: { purpose: purposeKey, channel: "email", contactIds: ids },
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors).toEqual([
      { field: "contactIds", message: "Ask for at most 10,000 contacts at once.", code: "too_big" },
    ]);
  });
});

describe("404: unknown ids", () => {
  it("answers 404 for an unknown id, an id that is not a uuid, and an unknown path", async () => {
    const unknown = crypto.randomUUID();
    expect((await callApi(contact.GET, { path: `/contacts/${unknown}`, params: { id: unknown }, token })).status).toBe(
      404,
    );
    expect(
      (
        await callApi(consents.POST, {
          path: `/contacts/${unknown}/consents`,
          params: { id: unknown },
          token,
          body: webConsentBody(purposeKey),
        })
      ).status,
    ).toBe(404);
    const notUuid = await callApi(contact.GET, {
      path: "/contacts/12",
      params: { id: "12" },
      token,
      template: "/contacts/{id}",
    });
    expect(notUuid.status).toBe(404);
    const nowhere = await notFoundRoute.GET();
    expect(nowhere.status).toBe(404);
    expect(nowhere.headers.get("content-type")).toContain("application/problem+json");
  });
});

describe("409 and 422", () => {
  it("answers 409 for a purpose key that exists", async () => {
    const res = await callApi(purposes.POST, { path: "/purposes", token, body: purposeBody({ key: purposeKey }) });
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: "key" })]);
  });

  it("answers 409 when lifting a restriction that is not in force", async () => {
    const created = await callApi(contacts.POST, { path: "/contacts", token, body: contactBody() });
    const res = await callApi(restriction.DELETE, {
      method: "DELETE",
      path: `/contacts/${created.body.id}/restriction`,
      params: { id: created.body.id },
      token,
    });
    expect(res.status).toBe(409);
  });

  it("answers 422 for a pre-ticked consent, naming the problem and its article, and stores nothing", async () => {
    const created = await callApi(contacts.POST, { path: "/contacts", token, body: contactBody() });
    const id = created.body.id;
    const res = await callApi(consents.POST, {
      path: `/contacts/${id}/consents`,
      params: { id },
      token,
      body: webConsentBody(purposeKey, { preTicked: true }),
    });
    expect(res.status).toBe(422);
    expect(res.body.type).toBe(problemType("unlawful"));
    expect(res.body.errors.length).toBeGreaterThan(0);
    expect(res.body.errors.map((e: { message: string }) => e.message).join(" ")).toMatch(/AVG art\. 7|art\. 4/i);
    const history = await callApi(consents.GET, { path: `/contacts/${id}/consents`, params: { id }, token });
    expect(history.body.results).toEqual([]);
  });
});

describe("429: rate limit per key", () => {
  it("answers 429 with Retry-After once the key used up its minute, and other keys are unaffected", async () => {
    const db = await getDb();
    const key = await createApiKeyWithScopes(db);
    // The route reads the clock itself, so the clock is pinned 42 s into a window: a minute boundary
    // of the machine's clock cannot pass between spending the budget and the request.
    const windowStart = new Date(Math.floor(Date.now() / API_RATE_LIMIT.windowMs) * API_RATE_LIMIT.windowMs);
    vi.useFakeTimers({ toFake: ["Date"], now: windowStart.getTime() + 42_000 });
    try {
      // Spend the key's budget for this window directly, rather than sending 600 requests.
      await db.rateLimitCounter.create({ data: { key: `api:${key.id}`, windowStart, count: API_RATE_LIMIT.limit } });
      const res = await callApi(purposes.GET, { path: "/purposes", token: key.token });
      expect(res.status).toBe(429);
      expect(res.headers.get("retry-after")).toBe("18");
      expect(res.body).toMatchObject({ type: problemType("rate-limited"), status: 429 });
      expect((await callApi(purposes.GET, { path: "/purposes", token })).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it("counts every request of a key in one atomic statement, also when they arrive at once", async () => {
    const db = await getDb();
    const key = await createApiKeyWithScopes(db);
    await Promise.all(Array.from({ length: 12 }, () => callApi(purposes.GET, { path: "/purposes", token: key.token })));
    const counter = await db.rateLimitCounter.findUniqueOrThrow({ where: { key: `api:${key.id}` } });
    expect(counter.count).toBe(12);
  });
});

describe("500: unexpected errors tell nothing", () => {
  it("answers a generic problem with a request id, without the error's message", async () => {
    const handler = withApiKey("any", async () => {
      throw new Error('relation "Secret" does not exist at /srv/app/db.ts:12');
    });
    const req = new Request("http://localhost/api/v1/purposes", {
      headers: { Authorization: `Bearer ${token}`, "X-Request-Id": "req-123" },
    });
    const res = await handler(req, { params: Promise.resolve({}) });
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body).toMatchObject({ type: problemType("internal"), status: 500, requestId: "req-123", errors: [] });
    expect(JSON.stringify(body)).not.toContain("Secret");
    expect(JSON.stringify(body)).not.toContain("/srv");
  });
});
