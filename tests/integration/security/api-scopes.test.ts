/**
 * API scopes never grant more than the matching role: the key of a sign-up form cannot lift a
 * restriction of processing (AVG art. 18) or make a contact mailable through a customer
 * relationship (Tw art. 11.7 lid 3), and a key that registers requests cannot verify identity,
 * execute an erasure or export a person's data.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { API_SCOPES, API_SCOPE_KEYS, LEGACY_SCOPE_MAP, scopePermission } from "@/domain/access/api-scopes";
import { PERMISSIONS } from "@/domain/access/permissions";
import { API_OPERATIONS } from "@/app/api/v1/_registry";
import * as purposes from "@/app/api/v1/purposes/route";
import * as contacts from "@/app/api/v1/contacts/route";
import * as restriction from "@/app/api/v1/contacts/[id]/restriction/route";
import * as relationships from "@/app/api/v1/contacts/[id]/customer-relationships/route";
import * as requests from "@/app/api/v1/requests/route";
import * as request from "@/app/api/v1/requests/[id]/route";
import * as verify from "@/app/api/v1/requests/[id]/verify/route";
import * as execute from "@/app/api/v1/requests/[id]/execute/route";
import * as exportRoute from "@/app/api/v1/requests/[id]/export/route";
import { callApi, contactBody, createApiKeyWithScopes, purposeBody } from "../../factories/api";

let full: string;
let signUpForm: string;
let desk: string;
let contactId: string;

beforeAll(async () => {
  const db = await getDb();
  full = (await createApiKeyWithScopes(db)).token;
  signUpForm = (await createApiKeyWithScopes(db, ["contacts:write", "consents:write", "objections:write"])).token;
  desk = (await createApiKeyWithScopes(db, ["requests:register"])).token;
  await callApi(purposes.POST, { path: "/purposes", token: full, body: purposeBody() });
  const created = await callApi(contacts.POST, { path: "/contacts", token: signUpForm, body: contactBody() });
  expect(created.status).toBe(201);
  contactId = created.body.id;
});

describe("a sign-up form's key", () => {
  it("cannot restrict processing, lift a restriction or add a customer relationship", async () => {
    const params = { id: contactId };
    const path = `/contacts/${contactId}`;
    const set = await callApi(restriction.POST, {
      path: `${path}/restriction`,
      params,
      token: signUpForm,
      body: { reason: "Accuracy contested" },
    });
    expect(set.status).toBe(403);
    const lift = await callApi(restriction.DELETE, {
      method: "DELETE",
      path: `${path}/restriction`,
      params,
      token: signUpForm,
    });
    expect(lift.status).toBe(403);
    const rel = await callApi(relationships.POST, {
      path: `${path}/customer-relationships`,
      params,
      token: signUpForm,
      body: { since: "2025-03-01T00:00:00Z", products: ["Onderhoud"], optOutOfferedAtCollection: true },
    });
    expect(rel.status).toBe(403);
    const db = await getDb();
    expect(await db.customerRelationship.count({ where: { contactId } })).toBe(0);
  });
});

describe("a request desk's key", () => {
  it("registers and reads a request but cannot verify, execute or export it", async () => {
    const registered = await callApi(requests.POST, {
      path: "/requests",
      token: desk,
      body: { type: "erasure", contactId, subjectEmail: "someone@example.org" },
    });
    expect(registered.status).toBe(201);
    const id = registered.body.id;
    const params = { id };
    expect((await callApi(request.GET, { path: `/requests/${id}`, params, token: desk })).status).toBe(200);
    const verified = await callApi(verify.POST, {
      path: `/requests/${id}/verify`,
      params,
      token: desk,
      body: { method: "reply_from_known_email" },
    });
    expect(verified.status).toBe(403);
    expect(
      (await callApi(execute.POST, { path: `/requests/${id}/execute`, params, token: desk, body: {} })).status,
    ).toBe(403);
    expect((await callApi(exportRoute.GET, { path: `/requests/${id}/export`, params, token: desk })).status).toBe(403);
    const db = await getDb();
    expect(await db.contact.count({ where: { id: contactId } })).toBe(1);
  });
});

describe("the scope table", () => {
  it("ties every scope to one permission of the role matrix, and every operation to one scope", () => {
    for (const scope of API_SCOPE_KEYS) expect(PERMISSIONS).toHaveProperty(scopePermission(scope));
    for (const op of API_OPERATIONS) expect(op.scope === "any" || op.scope in API_SCOPES, op.id).toBe(true);
  });

  it("maps the scopes of keys made before the split to least-privilege scopes (migration)", async () => {
    const db = await getDb();
    const key = await createApiKeyWithScopes(db, ["contacts:read"]);
    await db.apiKey.update({
      where: { id: key.id },
      data: { scopes: ["contacts:read", "contacts:write", "requests:write", "eligibility:read"] },
    });
    const dir = path.resolve("prisma/migrations");
    const folder = readdirSync(dir).find((d) => d.endsWith("_split_api_scopes"));
    await db.$executeRawUnsafe(readFileSync(path.join(dir, folder!, "migration.sql"), "utf8"));
    const after = await db.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    const expected = [
      "contacts:read",
      "eligibility:read",
      ...LEGACY_SCOPE_MAP["contacts:write"],
      ...LEGACY_SCOPE_MAP["requests:write"],
    ].sort();
    expect([...after.scopes].sort()).toEqual(expected);
  });
});
