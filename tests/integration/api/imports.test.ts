/** POST /api/v1/imports with a CSV body, then GET its progress and refused rows (contract-checked). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import * as imports from "@/app/api/v1/imports/route";
import * as oneImport from "@/app/api/v1/imports/[id]/route";
import * as importErrors from "@/app/api/v1/imports/[id]/errors/route";
import { runImports } from "@/features/imports/services/process-import";
import { callApi, checkEveryResponse, createApiKeyWithScopes } from "../../factories/api";
import { expectDocumented } from "./openapi-contract";
import { uniq } from "../../factories/contacts";

let token: string;
beforeAll(async () => {
  token = (await createApiKeyWithScopes(await getDb())).token;
  checkEveryResponse(expectDocumented);
});
afterAll(() => checkEveryResponse(null));

async function postCsv(csv: string, query: string, key = token) {
  const req = new Request(`http://localhost/api/v1/imports?${query}`, {
    method: "POST",
    headers: { "Content-Type": "text/csv; charset=utf-8", Authorization: `Bearer ${key}` },
    body: csv,
  });
  const res = await imports.POST(req, { params: Promise.resolve({}) });
  return { status: res.status, body: await res.json() };
}

describe("imports through the API", () => {
  it("accepts a CSV file (202), runs it in the background and reports counts and refused rows", async () => {
    const u = uniq();
    const csv = `firstName,lastName,email\nAnna,Api-${u},anna.${u}@voorbeeld.nl\nBert,Api-${u},geen-adres\n`;
    const created = await postCsv(csv, `source=import&sourceDetail=${encodeURIComponent("Export oud CRM")}`);
    expect(created).toEqual({ status: 202, body: { id: expect.any(String), status: "queued" } });
    await runImports(await getDb());
    const res = await callApi(oneImport.GET, {
      path: `/imports/${created.body.id}`,
      token,
      params: { id: created.body.id },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: "done",
      total: 2,
      created: 1,
      refused: 1,
      errors: [{ row: 3, field: "email", message: "Not a valid e-mail address." }],
      errorsTotal: 1,
      errorsCsv: `/api/v1/imports/${created.body.id}/errors`,
    });
    const errors = await callApi(importErrors.GET, {
      path: `/imports/${created.body.id}/errors`,
      token,
      params: { id: created.body.id },
    });
    expect(errors.contentType).toContain("text/csv");
    expect(errors.body).toContain("3,refused,email,invalid_email");
  });

  it("refuses a missing provenance detail and a key without contacts:write", async () => {
    const bad = await postCsv("firstName,lastName\nA,B\n", "source=event");
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe("sourceDetail");
    const readOnly = (await createApiKeyWithScopes(await getDb(), ["contacts:read"])).token;
    const forbidden = await postCsv("firstName,lastName\nA,B\n", "source=manual", readOnly);
    expect(forbidden.status).toBe(403);
  });
});
