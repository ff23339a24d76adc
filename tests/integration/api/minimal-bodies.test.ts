/**
 * The published contract, taken at its word: every operation called with the smallest body its
 * OpenAPI document allows (only the fields it marks required) succeeds, and the everyday calls an
 * integration makes (a phone opt-in without a recording, a consent without our notice version
 * numbers, a request about a known contact without a second copy of their address, a person acting
 * without a legal entity) work as documented. The legal refusals stay 422.
 */
import { afterAll, beforeAll, describe, expect, it, type RunnerTask, type RunnerTestSuite } from "vitest";
import { getDb } from "@/server/db";
import { API_OPERATIONS } from "@/app/api/v1/_registry";
import * as purposes from "@/app/api/v1/purposes/route";
import * as contacts from "@/app/api/v1/contacts/route";
import * as contact from "@/app/api/v1/contacts/[id]/route";
import * as consents from "@/app/api/v1/contacts/[id]/consents/route";
import * as withdraw from "@/app/api/v1/contacts/[id]/consents/withdraw/route";
import * as relationships from "@/app/api/v1/contacts/[id]/customer-relationships/route";
import * as objections from "@/app/api/v1/contacts/[id]/objections/route";
import * as restriction from "@/app/api/v1/contacts/[id]/restriction/route";
import * as notices from "@/app/api/v1/contacts/[id]/notices/route";
import * as eligibility from "@/app/api/v1/eligibility/route";
import * as batch from "@/app/api/v1/eligibility/batch/route";
import * as requests from "@/app/api/v1/requests/route";
import * as request from "@/app/api/v1/requests/[id]/route";
import * as verify from "@/app/api/v1/requests/[id]/verify/route";
import * as extend from "@/app/api/v1/requests/[id]/extend/route";
import * as execute from "@/app/api/v1/requests/[id]/execute/route";
import * as exportRoute from "@/app/api/v1/requests/[id]/export/route";
import * as imports from "@/app/api/v1/imports/route";
import * as oneImport from "@/app/api/v1/imports/[id]/route";
import * as importErrors from "@/app/api/v1/imports/[id]/errors/route";
import * as signups from "@/app/api/v1/signups/route";
import * as returnedMail from "@/app/api/v1/returned-mail/route";
import { callApi, checkEveryResponse, createApiKeyWithScopes, type ApiCallResult } from "../../factories/api";
import { uniq } from "../../factories/contacts";
import { createPurposeWithNotice } from "../../factories/purposes";
import { expectDocumented, openApi } from "./openapi-contract";

let token: string;
const minimalDone = new Set<string>();

beforeAll(async () => {
  token = (await createApiKeyWithScopes(await getDb())).token;
  checkEveryResponse(expectDocumented);
});
afterAll(() => checkEveryResponse(null));

const expectStatus = (res: ApiCallResult, status: number) => expect(res.status, JSON.stringify(res.body)).toBe(status);
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

/**
 * The body's top-level fields are the ones the document marks required, plus `alsoNeeded`: fields
 * that are optional in the schema but needed in this situation, which the operation's description
 * must then name (e.g. the evidence of an offline opt-in).
 */
async function expectMinimal(method: string, template: string, body: object | undefined, alsoNeeded: string[] = []) {
  const { doc } = await openApi();
  const op = (doc.paths[template] as Record<string, any>)[method.toLowerCase()];
  let schema = op.requestBody?.content?.["application/json"]?.schema ?? null;
  if (schema?.$ref) schema = (doc.components.schemas as Record<string, any>)[schema.$ref.split("/").pop()];
  const required: string[] = schema?.required ?? [];
  expect(Object.keys(body ?? {}).sort(), `${method} ${template}: only what is required`).toEqual(
    [...required, ...alsoNeeded].sort(),
  );
  for (const name of alsoNeeded) expect(op.description, `${method} ${template} documents ${name}`).toContain(name);
  minimalDone.add(`${method} ${template}`);
}

async function minimal(
  handler: Parameters<typeof callApi>[0],
  method: string,
  template: string,
  opts: {
    path: string;
    template?: string;
    params?: Record<string, string>;
    body?: object;
    rawBody?: string;
    contentType?: string;
    alsoNeeded?: string[];
  },
  status: number,
) {
  const { alsoNeeded, ...call } = opts;
  if (method !== "GET") await expectMinimal(method, template, call.body, alsoNeeded);
  else minimalDone.add(`${method} ${template}`);
  const res = await callApi(handler, { method, token, ...call });
  expectStatus(res, status);
  return res.body;
}

describe("every operation with its minimal documented body", () => {
  it("succeeds for each, in an order that gives each the records it needs", async () => {
    const purpose = await minimal(
      purposes.POST,
      "POST",
      "/purposes",
      {
        path: "/purposes",
        body: {
          key: `min-${uniq()}`,
          name: { nl: "Nieuwsbrief", en: "Newsletter" },
          notice: { nl: "Wij mailen u maandelijks.", en: "We mail you monthly." },
          directMarketing: true,
          channels: ["email", "phone"],
        },
      },
      201,
    );
    await minimal(purposes.GET, "GET", "/purposes", { path: "/purposes" }, 200);
    const email = `min.${uniq()}@voorbeeld.nl`;
    const c = await minimal(
      contacts.POST,
      "POST",
      "/contacts",
      {
        path: "/contacts",
        body: { firstName: "Mira", lastName: `Min-${uniq()}`, source: { type: "manual" } },
      },
      201,
    );
    const id = c.id as string;
    const p = { id };
    await minimal(contacts.GET, "GET", "/contacts", { path: `/contacts?email=${encodeURIComponent(email)}` }, 200);
    await minimal(contact.GET, "GET", "/contacts/{id}", { path: `/contacts/${id}`, params: p }, 200);
    // PATCH has no required field: an empty body is the minimal one.
    await minimal(contact.PATCH, "PATCH", "/contacts/{id}", { path: `/contacts/${id}`, params: p, body: {} }, 200);
    // The everyday sales case: a phone opt-in with place and words, no recording, no notice version.
    const recorded = await minimal(
      consents.POST,
      "POST",
      "/contacts/{id}/consents",
      {
        path: `/contacts/${id}/consents`,
        params: p,
        body: {
          purpose: purpose.key,
          method: "verbal_phone",
          capturedAt: ago(30_000),
          affirmativeAct: true,
          evidence: { location: "Telefonisch", statement: "Ja, mail me maar." },
        },
        alsoNeeded: ["evidence"],
      },
      201,
    );
    expect(recorded).toMatchObject({
      noticeVersion: 1,
      noticeInferred: true,
      evidenceStrength: "weak",
      writtenConfirmation: "no_email_address",
    });
    await minimal(consents.GET, "GET", "/contacts/{id}/consents", { path: `/contacts/${id}/consents`, params: p }, 200);
    await minimal(
      withdraw.POST,
      "POST",
      "/contacts/{id}/consents/withdraw",
      {
        path: `/contacts/${id}/consents/withdraw`,
        params: p,
        body: { purpose: purpose.key },
      },
      201,
    );
    await minimal(
      relationships.POST,
      "POST",
      "/contacts/{id}/customer-relationships",
      {
        path: `/contacts/${id}/customer-relationships`,
        params: p,
        body: { since: ago(86_400_000), products: ["Onderhoud"], optOutOfferedAtCollection: true },
      },
      201,
    );
    await minimal(
      objections.POST,
      "POST",
      "/contacts/{id}/objections",
      {
        path: `/contacts/${id}/objections`,
        params: p,
        body: { scope: "profiling" },
      },
      201,
    );
    // `at` left out: the notice is recorded as given now (the documented default).
    const notice = await minimal(
      notices.POST,
      "POST",
      "/contacts/{id}/notices",
      {
        path: `/contacts/${id}/notices`,
        params: p,
        body: { kind: "art14", channel: "post" },
      },
      201,
    );
    expect(Date.now() - Date.parse(notice.givenAt)).toBeLessThan(10 * 60_000);
    expect(notice).toMatchObject({ contactId: id, kind: "art14", channel: "post", recordedVia: "api_key" });
    await minimal(
      restriction.POST,
      "POST",
      "/contacts/{id}/restriction",
      {
        path: `/contacts/${id}/restriction`,
        params: p,
        body: { reason: "Juistheid betwist" },
      },
      201,
    );
    await expectMinimal("DELETE", "/contacts/{id}/restriction", undefined);
    expectStatus(
      await callApi(restriction.DELETE, { method: "DELETE", path: `/contacts/${id}/restriction`, params: p, token }),
      200,
    );
    const decided = await minimal(
      eligibility.POST,
      "POST",
      "/eligibility",
      {
        path: "/eligibility",
        body: { contactId: id, purpose: purpose.key, channel: "email" },
      },
      200,
    );
    expect(decided).toHaveProperty("evidenceStrength");
    await minimal(
      batch.POST,
      "POST",
      "/eligibility/batch",
      {
        path: "/eligibility/batch",
        body: { purpose: purpose.key, channel: "email", contactIds: [id] },
      },
      200,
    );
    // A request about a known contact is answered at the contact's own address: give them one.
    const patched = await callApi(contact.PATCH, {
      method: "PATCH",
      path: `/contacts/${id}`,
      params: p,
      token,
      body: { emails: [{ address: email, kind: "personal" }] },
    });
    expectStatus(patched, 200);
    const req = await minimal(
      requests.POST,
      "POST",
      "/requests",
      {
        path: "/requests",
        body: { type: "access", contactId: id },
        alsoNeeded: ["contactId"],
      },
      201,
    );
    expect(req.replyChannel).toBe("contact_email");
    const rid = req.id as string;
    const rp = { id: rid };
    await minimal(request.GET, "GET", "/requests/{id}", { path: `/requests/${rid}`, params: rp }, 200);
    await minimal(
      verify.POST,
      "POST",
      "/requests/{id}/verify",
      {
        path: `/requests/${rid}/verify`,
        params: rp,
        body: { method: "reply_from_known_email" },
      },
      200,
    );
    await minimal(
      extend.POST,
      "POST",
      "/requests/{id}/extend",
      {
        path: `/requests/${rid}/extend`,
        params: rp,
        body: { months: 1, reason: "Veel gegevens in meerdere systemen" },
      },
      200,
    );
    await minimal(
      execute.POST,
      "POST",
      "/requests/{id}/execute",
      { path: `/requests/${rid}/execute`, params: rp, body: {} },
      200,
    );
    await minimal(
      exportRoute.GET,
      "GET",
      "/requests/{id}/export",
      { path: `/requests/${rid}/export`, params: rp },
      200,
    );
  });

  it("imports and sign-ups: a CSV with only a header row's required query, and the fields a sign-up must carry", async () => {
    const created = await minimal(
      imports.POST,
      "POST",
      "/imports",
      {
        path: "/imports?source=manual",
        template: "/imports",
        rawBody: `firstName,lastName,email\nMin,Imal,min.${uniq()}@voorbeeld.nl\n`,
        contentType: "text/csv",
      },
      202,
    );
    const ip = { id: created.id };
    await minimal(oneImport.GET, "GET", "/imports/{id}", { path: `/imports/${created.id}`, params: ip }, 200);
    await minimal(
      importErrors.GET,
      "GET",
      "/imports/{id}/errors",
      { path: `/imports/${created.id}/errors`, params: ip },
      200,
    );
    const purpose = await createPurposeWithNotice(await getDb());
    await minimal(
      signups.POST,
      "POST",
      "/signups",
      {
        path: "/signups",
        body: { email: `min.${uniq()}@voorbeeld.nl`, purposes: [purpose.key], ip: "203.0.113.9", userAgent: "curl/8" },
        // Either `purposes` or `callPurposes` must name a purpose; the description says so.
        alsoNeeded: ["purposes"],
      },
      202,
    );
  });

  it("returned mail: a raw message and nothing else (an auto-reply, ignored)", async () => {
    const result = await minimal(
      returnedMail.POST,
      "POST",
      "/returned-mail",
      {
        path: "/returned-mail",
        rawBody: "From: someone@example.net\r\nSubject: Out of office\r\n\r\nBack on Monday.\r\n",
        contentType: "message/rfc822",
      },
      200,
    );
    expect(result).toEqual({ outcome: "ignored", kind: null });
  });

  // Checked after every test ran (they run in random order), and only when all of them ran and
  // passed: a filtered or failing run says nothing about coverage.
  // eslint-disable-next-line no-empty-pattern -- vitest reads fixtures from an object pattern in the first parameter
  afterAll(({}, suite: Readonly<RunnerTestSuite>) => {
    const all = (t: RunnerTask): RunnerTask[] => ("tasks" in t ? t.tasks.flatMap(all) : [t]);
    const tests = suite.tasks.flatMap(all);
    if (tests.some((t) => t.mode !== "run" || t.result?.state !== "pass")) return;
    const registry = API_OPERATIONS.map((op) => `${op.method} ${op.path}`).sort();
    expect([...minimalDone].sort(), "operations without a minimal-body call").toEqual(registry);
  });
});
