/**
 * After an erasure through the API (AVG art. 17): the contact is gone (404), and the person's
 * address cannot be added back (409) unless the same request records a fresh consent.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import * as purposes from "@/app/api/v1/purposes/route";
import * as contacts from "@/app/api/v1/contacts/route";
import * as contact from "@/app/api/v1/contacts/[id]/route";
import * as eligibility from "@/app/api/v1/eligibility/route";
import * as batch from "@/app/api/v1/eligibility/batch/route";
import * as requests from "@/app/api/v1/requests/route";
import * as verify from "@/app/api/v1/requests/[id]/verify/route";
import * as execute from "@/app/api/v1/requests/[id]/execute/route";
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
  token = (await createApiKeyWithScopes(await getDb())).token;
  checkEveryResponse(expectDocumented);
  purposeKey = (await callApi(purposes.POST, { path: "/purposes", token, body: purposeBody() })).body.key;
});
afterAll(() => checkEveryResponse(null));

async function eraseThroughApi(contactId: string, email: string) {
  const registered = await callApi(requests.POST, {
    path: "/requests",
    token,
    body: { type: "erasure", contactId, subjectEmail: email },
  });
  expect(registered.status).toBe(201);
  const id = registered.body.id;
  expect(
    (
      await callApi(verify.POST, {
        path: `/requests/${id}/verify`,
        params: { id },
        token,
        body: { method: "reply_from_known_email" },
      })
    ).status,
  ).toBe(200);
  const executed = await callApi(execute.POST, {
    method: "POST",
    path: `/requests/${id}/execute`,
    params: { id },
    token,
  });
  expect(executed.status).toBe(200);
  return executed.body;
}

describe("erasure through the API", () => {
  it("refuses to execute before the identity is verified (422)", async () => {
    const created = await callApi(contacts.POST, { path: "/contacts", token, body: contactBody() });
    const registered = await callApi(requests.POST, {
      path: "/requests",
      token,
      body: { type: "erasure", contactId: created.body.id, subjectEmail: created.body.emails[0].address },
    });
    const id = registered.body.id;
    const res = await callApi(execute.POST, { method: "POST", path: `/requests/${id}/execute`, params: { id }, token });
    expect(res.status).toBe(422);
    expect(res.body.detail).toContain("12(6)");
  });

  it("then: GET 404, POST with one of the addresses 409, unless the body carries a consent (201)", async () => {
    const body = contactBody({
      emails: [
        { address: `Erase.Me.${Date.now()}@Example.NL`, kind: "personal" },
        { address: `second.${Date.now()}@example.nl`, kind: "personal" },
      ],
    });
    const created = await callApi(contacts.POST, { path: "/contacts", token, body });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const executed = await eraseThroughApi(id, body.emails[0].address);
    expect(executed.request.status).toBe("executed");
    expect(executed.summary.rows.Contact).toBe(1);

    expect((await callApi(contact.GET, { path: `/contacts/${id}`, params: { id }, token })).status).toBe(404);
    const decided = await callApi(eligibility.POST, {
      path: "/eligibility",
      token,
      body: { contactId: id, purpose: purposeKey, channel: "email" },
    });
    expect(decided.status).toBe(404);
    const inBatch = await callApi(batch.POST, {
      path: "/eligibility/batch",
      token,
      body: { purpose: purposeKey, channel: "email", contactIds: [id] },
    });
    expect(inBatch.body).toMatchObject({ results: [], notFound: [id] });

    // Any casing of the second address is recognised.
    const again = contactBody({ emails: [{ address: body.emails[1].address.toUpperCase(), kind: "personal" }] });
    const refused = await callApi(contacts.POST, { path: "/contacts", token, body: again });
    expect(refused.status).toBe(409);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: "emails.0.address", code: "suppressed" })]);

    const withConsent = await callApi(contacts.POST, {
      path: "/contacts",
      token,
      body: { ...again, consents: [webConsentBody(purposeKey)] },
    });
    expect(withConsent.status).toBe(201);
    expect(withConsent.body.consentStates).toEqual(
      expect.arrayContaining([expect.objectContaining({ purpose: purposeKey, state: "given" })]),
    );
  });

  it("does not answer whether an erased person's address exists: find by e-mail is simply empty", async () => {
    const body = contactBody();
    const created = await callApi(contacts.POST, { path: "/contacts", token, body });
    await eraseThroughApi(created.body.id, body.emails[0].address);
    const found = await callApi(contacts.GET, {
      path: `/contacts?email=${encodeURIComponent(body.emails[0].address)}`,
      token,
    });
    expect(found).toMatchObject({ status: 200, body: { results: [] } });
  });
});
