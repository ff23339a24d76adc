/** POST /api/v1/signups through its real route handler, checked against the OpenAPI document. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import * as signups from "@/app/api/v1/signups/route";
import { callApi, checkEveryResponse, createApiKeyWithScopes } from "../../factories/api";
import { createPurposeWithNotice } from "../../factories/purposes";
import { uniqueAddress, uniqueIp } from "../../factories/signups";
import { expectDocumented } from "../api/openapi-contract";

let db: Db;
let token: string;
let purposeKey: string;

beforeAll(async () => {
  db = await getDb();
  token = (await createApiKeyWithScopes(db, ["consents:write"])).token;
  purposeKey = (await createPurposeWithNotice(db)).key;
  checkEveryResponse(expectDocumented);
});
afterAll(() => checkEveryResponse(null));

const body = (over: Record<string, unknown> = {}) => ({
  email: uniqueAddress(),
  purposes: [purposeKey],
  ip: uniqueIp(),
  userAgent: "Mozilla/5.0",
  ...over,
});

describe("POST /api/v1/signups", () => {
  it("answers 202 pending with only the required fields, and stores no consent", async () => {
    const res = await callApi(signups.POST, { path: "/signups", token, body: body() });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ id: expect.any(String), status: "pending" });
    const row = await db.pendingSignup.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(row).toMatchObject({ status: "pending", language: "nl", via: "api", contactId: null });
  });

  it("needs the consents:write scope", async () => {
    const readOnly = (await createApiKeyWithScopes(db, ["contacts:read"])).token;
    const res = await callApi(signups.POST, { path: "/signups", token: readOnly, body: body() });
    expect(res.status).toBe(403);
  });

  it("names the fields that are wrong", async () => {
    const res = await callApi(signups.POST, { path: "/signups", token, body: body({ purposes: [], ip: undefined }) });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(["ip", "purposes"]);
  });
});
