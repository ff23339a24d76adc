/**
 * Every operation of the registry, called through its real route handler against the real
 * database, each response validated against the published OpenAPI document. The last test checks
 * that no documented operation went untested.
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
import { runImports } from "@/features/imports/services/process-import";
import * as signups from "@/app/api/v1/signups/route";
import * as returnedMail from "@/app/api/v1/returned-mail/route";
import {
  callApi,
  checkEveryResponse,
  contactBody,
  createApiKeyWithScopes,
  purposeBody,
  webConsentBody,
  type ApiCallResult,
} from "../../factories/api";
import { expectDocumented } from "./openapi-contract";

const seen = new Set<string>();
let token: string;

beforeAll(async () => {
  token = (await createApiKeyWithScopes(await getDb())).token;
  checkEveryResponse(async (method, path, res) => {
    await expectDocumented(method, path, res);
    seen.add(`${method} ${path} ${res.status}`);
  });
});
afterAll(() => checkEveryResponse(null));

const call = (handler: Parameters<typeof callApi>[0], opts: Omit<Parameters<typeof callApi>[1], "token">) =>
  callApi(handler, { token, ...opts });
const expectStatus = (res: ApiCallResult, status: number) => expect(res.status, JSON.stringify(res.body)).toBe(status);

/** A purpose of its own, created through the API. */
async function newPurposeKey(): Promise<string> {
  const created = await call(purposes.POST, { path: "/purposes", body: purposeBody({ channels: ["email", "phone"] }) });
  expectStatus(created, 201);
  return created.body.key;
}

/** A contact of its own, created through the API. */
async function newContactId(): Promise<string> {
  const created = await call(contacts.POST, { path: "/contacts", body: contactBody() });
  expectStatus(created, 201);
  return created.body.id;
}

describe("integration API v1, operation by operation", () => {
  it("purposes: create (with notice version 1) and list", async () => {
    const created = await call(purposes.POST, {
      path: "/purposes",
      body: purposeBody({ channels: ["email", "phone"] }),
    });
    expectStatus(created, 201);
    expect(created.body).toMatchObject({ version: 1, notice: { version: 1 }, channels: ["email", "phone"] });
    const purposeKey = created.body.key;
    const list = await call(purposes.GET, { path: "/purposes" });
    expectStatus(list, 200);
    expect(list.body.results.map((p: { key: string }) => p.key)).toContain(purposeKey);
  });

  it("contacts: create, get, find by e-mail (any casing), update", async () => {
    const body = contactBody({
      jobTitle: "Inkoper",
      phones: [{ number: "06 12345678", kind: "mobile" }],
      postalAddress: { street: "Dorpsstraat 1", postalCode: "1234ab", city: "Utrecht" },
    });
    const created = await call(contacts.POST, { path: "/contacts", body });
    expectStatus(created, 201);
    const contactId = created.body.id;
    expect(created.body.phones[0].number).toBe("+31612345678");
    expect(created.body.postalAddress.postalCode).toBe("1234 AB");
    const got = await call(contact.GET, { path: `/contacts/${contactId}`, params: { id: contactId } });
    expectStatus(got, 200);
    expect(got.body.emails[0].address).toBe(body.emails[0].address);
    const found = await call(contacts.GET, {
      path: `/contacts?email=${encodeURIComponent(body.emails[0].address.toUpperCase())}`,
    });
    expectStatus(found, 200);
    expect(found.body.results.map((c: { id: string }) => c.id)).toEqual([contactId]);
    const updated = await call(contact.PATCH, {
      method: "PATCH",
      path: `/contacts/${contactId}`,
      params: { id: contactId },
      body: { jobTitle: "Hoofd inkoop" },
    });
    expectStatus(updated, 200);
    expect(updated.body.jobTitle).toBe("Hoofd inkoop");
  });

  it("consents: record, history, withdraw", async () => {
    const [purposeKey, contactId] = [await newPurposeKey(), await newContactId()];
    const recorded = await call(consents.POST, {
      path: `/contacts/${contactId}/consents`,
      params: { id: contactId },
      body: webConsentBody(purposeKey, { channels: ["email"] }),
    });
    expectStatus(recorded, 201);
    expect(recorded.body).toMatchObject({ contactId, action: "granted" });
    const withdrawn = await call(withdraw.POST, {
      path: `/contacts/${contactId}/consents/withdraw`,
      params: { id: contactId },
      body: { purpose: purposeKey, method: "unsubscribe_link" },
    });
    expectStatus(withdrawn, 201);
    expect(withdrawn.body.action).toBe("withdrawn");
    const history = await call(consents.GET, { path: `/contacts/${contactId}/consents`, params: { id: contactId } });
    expectStatus(history, 200);
    expect(history.body.results.map((r: { action: string }) => r.action).sort()).toEqual(["granted", "withdrawn"]);
    const granted = history.body.results.find((r: { action: string }) => r.action === "granted");
    expect(granted).toMatchObject({ recordedVia: "api", noticeVersion: 1, ip: "203.0.113.7" });
  });

  it("customer relationship, objection, restriction set and lifted", async () => {
    const [, contactId] = [await newPurposeKey(), await newContactId()];
    const rel = await call(relationships.POST, {
      path: `/contacts/${contactId}/customer-relationships`,
      params: { id: contactId },
      body: { since: "2025-01-01T00:00:00Z", products: ["Onderhoud"], optOutOfferedAtCollection: true },
    });
    expectStatus(rel, 201);
    // Existing callers that do not send `paid` record a sale, as before.
    expect(rel.body.paid).toBe(true);
    const trial = await call(relationships.POST, {
      path: `/contacts/${contactId}/customer-relationships`,
      params: { id: contactId },
      body: { since: "2025-02-01T00:00:00Z", products: ["Proefperiode"], optOutOfferedAtCollection: true, paid: false },
    });
    expectStatus(trial, 201);
    expect(trial.body.paid).toBe(false);
    const objection = await call(objections.POST, {
      path: `/contacts/${contactId}/objections`,
      params: { id: contactId },
      body: { scope: "profiling" },
    });
    expectStatus(objection, 201);
    expect(objection.body.receivedVia).toBe("api");
    const set = await call(restriction.POST, {
      path: `/contacts/${contactId}/restriction`,
      params: { id: contactId },
      body: { reason: "Contests accuracy" },
    });
    expectStatus(set, 201);
    const restricted = await call(contact.GET, { path: `/contacts/${contactId}`, params: { id: contactId } });
    expect(restricted.body.restricted).toBe(true);
    const lifted = await call(restriction.DELETE, {
      method: "DELETE",
      path: `/contacts/${contactId}/restriction`,
      params: { id: contactId },
    });
    expectStatus(lifted, 200);
    expect(lifted.body.liftedAt).not.toBeNull();
  });

  it("eligibility: single and batch give the same answer", async () => {
    // A contact without consent beside one with it.
    const [purposeKey, contactId] = [await newPurposeKey(), await newContactId()];
    const fresh = await call(contacts.POST, {
      path: "/contacts",
      body: contactBody({ consents: [webConsentBody(purposeKey, { channels: ["email"] })] }),
    });
    expectStatus(fresh, 201);
    const single = await call(eligibility.POST, {
      path: "/eligibility",
      body: { contactId: fresh.body.id, purpose: purposeKey, channel: "email" },
    });
    expectStatus(single, 200);
    expect(single.body).toMatchObject({
      decision: "allow",
      rule: "consent",
      evidence: [{ type: "consent" }],
      ruleSetVersion: "NL-2026-07-01",
      obligations: [],
    });
    const many = await call(batch.POST, {
      path: "/eligibility/batch",
      body: { purpose: purposeKey, channel: "email", contactIds: [fresh.body.id, contactId] },
    });
    expectStatus(many, 200);
    expect(many.body.results).toEqual([
      { contactId: fresh.body.id, decision: "allow", rule: "consent", citation: single.body.citation, obligations: [] },
      expect.objectContaining({ contactId, decision: "deny" }),
    ]);
    expect(many.body.notFound).toEqual([]);
    expect(many.body.ruleSetVersion).toBe(single.body.ruleSetVersion);
    // The same question about 15 June 2026 is answered by the law of that day.
    const past = await call(eligibility.POST, {
      path: "/eligibility",
      body: { contactId, purpose: purposeKey, channel: "email", at: "2026-06-15T10:00:00.000Z" },
    });
    expectStatus(past, 200);
    expect(past.body.ruleSetVersion).toBe("NL-2021-07-01");
  });

  it("notices: eligibility carries art14_notice for a referral until a notice is recorded; errors name `at`", async () => {
    const purposeKey = await newPurposeKey();
    const created = await call(contacts.POST, {
      path: "/contacts",
      body: contactBody({
        source: {
          type: "referral",
          detail: "Doorverwezen door Piet de Vries",
          collectedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
        },
      }),
    });
    expectStatus(created, 201);
    const id = created.body.id as string;
    const ask = async () => {
      const single = await call(eligibility.POST, {
        path: "/eligibility",
        body: { contactId: id, purpose: purposeKey, channel: "phone" },
      });
      const many = await call(batch.POST, {
        path: "/eligibility/batch",
        body: { purpose: purposeKey, channel: "email", contactIds: [id] },
      });
      expectStatus(single, 200);
      expectStatus(many, 200);
      return [single.body.obligations, many.body.results[0].obligations];
    };
    // Owed whatever the outcome (no consent: deny), in the single and the batch answer alike.
    expect(await ask()).toEqual([["art14_notice"], ["art14_notice"]]);

    const future = await call(notices.POST, {
      path: `/contacts/${id}/notices`,
      params: { id },
      body: { kind: "art14", channel: "phone", at: new Date(Date.now() + 86_400_000).toISOString() },
    });
    expectStatus(future, 400);
    expect(future.body.errors.map((e: { field: string }) => e.field)).toEqual(["at"]);
    const wrong = await call(notices.POST, {
      path: `/contacts/${id}/notices`,
      params: { id },
      body: { kind: "art13", channel: "fax" },
    });
    expectStatus(wrong, 400);
    expect(wrong.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(["channel", "kind"]);
    const nobody = crypto.randomUUID();
    const missing = await call(notices.POST, {
      path: `/contacts/${nobody}/notices`,
      params: { id: nobody },
      body: { kind: "art14", channel: "post" },
    });
    expectStatus(missing, 404);

    // Not before the data was collected (two days ago) either.
    const early = await call(notices.POST, {
      path: `/contacts/${id}/notices`,
      params: { id },
      body: { kind: "art14", channel: "phone", at: new Date(Date.now() - 3 * 86_400_000).toISOString() },
    });
    expectStatus(early, 400);
    expect(early.body.errors.map((e: { field: string }) => e.field)).toEqual(["at"]);
    const at = new Date(Date.now() - 3_600_000).toISOString();
    const recorded = await call(notices.POST, {
      path: `/contacts/${id}/notices`,
      params: { id },
      body: { kind: "art14", channel: "phone", at },
    });
    expectStatus(recorded, 201);
    expect(recorded.body).toMatchObject({ contactId: id, kind: "art14", channel: "phone", givenAt: at });
    expect(await ask()).toEqual([[], []]);
  });

  it("requests: register, get, verify, extend, execute, export as JSON and CSV", async () => {
    const [, contactId] = [await newPurposeKey(), await newContactId()];
    const registered = await call(requests.POST, {
      path: "/requests",
      body: {
        type: "portability",
        contactId,
        subjectEmail: "requester@example.nl",
        receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
      },
    });
    expectStatus(registered, 201);
    expect(registered.body).toMatchObject({ status: "received", contactIds: [contactId] });
    const id = registered.body.id;
    expectStatus(await call(request.GET, { path: `/requests/${id}`, params: { id } }), 200);
    const verified = await call(verify.POST, {
      path: `/requests/${id}/verify`,
      params: { id },
      body: { method: "reply_from_known_email" },
    });
    expectStatus(verified, 200);
    expect(verified.body.status).toBe("verified");
    const extended = await call(extend.POST, {
      path: `/requests/${id}/extend`,
      params: { id },
      body: { months: 1, reason: "Many systems to search through." },
    });
    expectStatus(extended, 200);
    expect(new Date(extended.body.dueAt) > new Date(registered.body.dueAt)).toBe(true);
    const executed = await call(execute.POST, { method: "POST", path: `/requests/${id}/execute`, params: { id } });
    expectStatus(executed, 200);
    expect(executed.body.request.status).toBe("executed");
    const json = await call(exportRoute.GET, { path: `/requests/${id}/export?format=json`, params: { id } });
    expectStatus(json, 200);
    expect(json.body.subjects[0].contact.id).toBe(contactId);
    const csv = await call(exportRoute.GET, { path: `/requests/${id}/export?format=csv`, params: { id } });
    expectStatus(csv, 200);
    expect(csv.contentType).toContain("text/csv");
  });
  it("imports: a CSV body (202), its progress and its refused rows", async () => {
    const created = await call(imports.POST, {
      path: "/imports?source=manual",
      template: "/imports",
      rawBody: "firstName,lastName,email\nA,Ops,not-an-address\n",
      contentType: "text/csv",
    });
    expectStatus(created, 202);
    const id = created.body.id;
    await runImports(await getDb());
    const got = await call(oneImport.GET, { path: `/imports/${id}`, params: { id } });
    expectStatus(got, 200);
    expect(got.body).toMatchObject({ status: "done", refused: 1 });
    const errors = await call(importErrors.GET, { path: `/imports/${id}/errors`, params: { id } });
    expectStatus(errors, 200);
    expect(errors.contentType).toContain("text/csv");
  });

  it("signups: a double opt-in sign-up is accepted as pending", async () => {
    const purposeKey = await newPurposeKey();
    const res = await call(signups.POST, {
      path: "/signups",
      body: { email: `api.${Date.now()}@voorbeeld.nl`, purposes: [purposeKey], ip: "203.0.113.7", userAgent: "curl/8" },
    });
    expectStatus(res, 202);
    expect(res.body).toEqual({ id: expect.any(String), status: "pending" });
  });

  it("returned mail: a bounce report that matches no campaign recipient changes nothing (200, unmatched)", async () => {
    const dsn = [
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      "",
      "--b",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; mx.example.net",
      "",
      "Final-Recipient: rfc822; nobody@example.net",
      "Action: failed",
      "Status: 5.1.1",
      "",
      "--b",
      "Content-Type: text/rfc822-headers",
      "",
      `Message-ID: <unknown-${Date.now()}@example.com>`,
      "",
      "--b--",
      "",
    ].join("\r\n");
    const res = await call(returnedMail.POST, { path: "/returned-mail", rawBody: dsn, contentType: "message/rfc822" });
    expectStatus(res, 200);
    expect(res.body).toEqual({ outcome: "unmatched", kind: "hard_bounce" });
  });
});

// Runs after every test above, in whatever order they ran; only when all of them ran and passed
// (a filtered or failed run has its own report), and a failure here fails the file.
// eslint-disable-next-line no-empty-pattern -- vitest reads fixtures from an object pattern in the first parameter
afterAll(({}, suite: Readonly<RunnerTestSuite>) => {
  const all = (t: RunnerTask): RunnerTask[] => ("tasks" in t ? t.tasks.flatMap(all) : [t]);
  const tests = suite.tasks.flatMap(all).map((t) => ({ mode: t.mode, state: t.result?.state }));
  if (tests.some((t) => t.mode !== "run" || t.state !== "pass")) return;
  // Every documented operation was called and answered with its success status.
  const missing = API_OPERATIONS.filter((op) => !seen.has(`${op.method} ${op.path} ${op.success.status}`)).map(
    (op) => `${op.method} ${op.path}`,
  );
  expect(missing).toEqual([]);
});
