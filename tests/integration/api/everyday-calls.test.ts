/**
 * The four everyday calls an integration makes, as documented, and the refusals the law requires,
 * which stay 422 (AVG art. 4 punt 11, art. 7; Tw art. 11.7).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import * as purposes from "@/app/api/v1/purposes/route";
import * as contacts from "@/app/api/v1/contacts/route";
import * as contact from "@/app/api/v1/contacts/[id]/route";
import * as consents from "@/app/api/v1/contacts/[id]/consents/route";
import * as eligibility from "@/app/api/v1/eligibility/route";
import * as requests from "@/app/api/v1/requests/route";
import * as execute from "@/app/api/v1/requests/[id]/execute/route";
import {
  callApi,
  checkEveryResponse,
  contactBody,
  createApiKeyWithScopes,
  purposeBody,
  type ApiCallResult,
} from "../../factories/api";
import { expectDocumented } from "./openapi-contract";

let token: string;
let purposeKey: string;
beforeAll(async () => {
  token = (await createApiKeyWithScopes(await getDb())).token;
  checkEveryResponse(expectDocumented);
  purposeKey = (
    await callApi(purposes.POST, { path: "/purposes", token, body: purposeBody({ channels: ["email", "phone"] }) })
  ).body.key;
});
afterAll(() => checkEveryResponse(null));

const expectStatus = (res: ApiCallResult, status: number) => expect(res.status, JSON.stringify(res.body)).toBe(status);
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

async function newContact(over: Record<string, unknown> = {}) {
  const res = await callApi(contacts.POST, { path: "/contacts", token, body: contactBody(over) });
  expectStatus(res, 201);
  return res.body as { id: string; emails: { address: string }[] };
}
const postConsent = (id: string, body: Record<string, unknown>) =>
  callApi(consents.POST, { path: `/contacts/${id}/consents`, params: { id }, token, body });

const phoneOptIn = (over: Record<string, unknown> = {}) => ({
  purpose: purposeKey,
  method: "verbal_phone",
  capturedAt: ago(60_000),
  affirmativeAct: true,
  evidence: { location: "Telefonisch, inkomend", statement: "Ja, stuur die nieuwsbrief maar." },
  ...over,
});

describe("a phone opt-in without a recording", () => {
  it("is recorded (201) as weak evidence, a written confirmation goes out, and eligibility carries the strength", async () => {
    const { id } = await newContact();
    const res = await postConsent(id, phoneOptIn());
    expectStatus(res, 201);
    expect(res.body).toMatchObject({ evidenceStrength: "weak", writtenConfirmation: "sent", noticeInferred: true });
    const db = await getDb();
    const sent = await db.outboxMessage.findFirst({ where: { contactId: id }, orderBy: { createdAt: "desc" } });
    expect(sent?.text).toMatch(/\/c\/v1\./);
    const decided = await callApi(eligibility.POST, {
      path: "/eligibility",
      token,
      body: { contactId: id, purpose: purposeKey, channel: "email" },
    });
    expectStatus(decided, 200);
    expect(decided.body).toMatchObject({ decision: "allow", evidenceStrength: "weak" });
    expect(decided.body.explanation.en).toContain("Evidence: weak");
    const history = await callApi(consents.GET, { path: `/contacts/${id}/consents`, params: { id }, token });
    expect(history.body.results[0]).toMatchObject({
      evidenceStrength: "weak",
      noticeInferred: true,
      confirmation: { confirmedAt: null, declinedAt: null },
    });
  });

  it("sends no confirmation when asked not to", async () => {
    const { id } = await newContact();
    const res = await postConsent(id, phoneOptIn({ sendWrittenConfirmation: false }));
    expectStatus(res, 201);
    expect(res.body.writtenConfirmation).toBe("not_requested");
  });
});

describe("a consent without a notice version", () => {
  it("stores the version current at capturedAt, marked as inferred", async () => {
    const { id } = await newContact();
    const res = await postConsent(id, {
      purpose: purposeKey,
      method: "web_form",
      capturedAt: ago(30_000),
      affirmativeAct: true,
      evidence: { ip: "203.0.113.7", userAgent: "Mozilla/5.0" },
    });
    expectStatus(res, 201);
    expect(res.body).toMatchObject({ noticeVersion: 1, noticeInferred: true, evidenceStrength: "standard" });
  });

  it("is refused when dated before the purpose's first notice", async () => {
    const { id } = await newContact();
    const res = await postConsent(id, phoneOptIn({ capturedAt: ago(86_400_000) }));
    expectStatus(res, 422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: "evidence.noticeVersion", code: "captured_before_first_notice" }),
    ]);
  });
});

describe("the refusals the law requires stay 422", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["pre-ticked", { preTicked: true }, "pre_ticked"],
    ["no affirmative act", { affirmativeAct: false }, "no_affirmative_act"],
    ["a time in the future", { capturedAt: new Date(Date.now() + 3_600_000).toISOString() }, "captured_in_future"],
    ["offline without place", { evidence: { statement: "Ja" } }, "offline_location_missing"],
    ["offline without words", { evidence: { location: "Telefonisch" } }, "offline_statement_missing"],
    [
      "a representative without authority",
      { evidence: { location: "Telefonisch", statement: "Ja", grantor: { name: "Petra", role: "receptie" } } },
      "grantor_authority_missing",
    ],
    [
      "an unknown notice version",
      { evidence: { location: "Telefonisch", statement: "Ja", noticeVersion: 9 } },
      "notice_version_unknown",
    ],
  ];
  it.each(cases)("%s", async (_, over, code) => {
    const { id } = await newContact();
    const res = await postConsent(id, phoneOptIn(over));
    expectStatus(res, 422);
    expect(res.body.errors.map((e: { code: string }) => e.code)).toContain(code);
  });

  it("consent that came with a purchased list", async () => {
    const { id } = await newContact({ source: { type: "purchased_list", detail: "Lijstbroker BV, bestand 2026-03" } });
    const res = await postConsent(id, phoneOptIn({ importedFromList: true }));
    expectStatus(res, 422);
    expect(res.body.errors.map((e: { code: string }) => e.code)).toContain("purchased_list_consent");
  });
});

describe("a data-subject request about a known contact", () => {
  it("needs no second copy of the address, records the choice, and still waits for identity verification", async () => {
    const { id } = await newContact();
    const res = await callApi(requests.POST, { path: "/requests", token, body: { type: "erasure", contactId: id } });
    expectStatus(res, 201);
    expect(res.body).toMatchObject({ replyChannel: "contact_email", contactIds: [id], status: "received" });
    const db = await getDb();
    const stored = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(stored.replyChannel).toBe("contact_email");
    const rid = res.body.id;
    const early = await callApi(execute.POST, {
      method: "POST",
      path: `/requests/${rid}/execute`,
      params: { id: rid },
      token,
    });
    expectStatus(early, 422);
  });

  it("uses the phone number when the contact has no e-mail address", async () => {
    const { id } = await newContact({ emails: [], phones: [{ number: "06 12345678", kind: "mobile" }] });
    const res = await callApi(requests.POST, { path: "/requests", token, body: { type: "access", contactId: id } });
    expectStatus(res, 201);
    expect(res.body.replyChannel).toBe("contact_phone");
  });

  it("a contact that cannot be reached at all: 400 naming the caller's field, never an internal name", async () => {
    const { id } = await newContact({ emails: [], phones: [] });
    const res = await callApi(requests.POST, { path: "/requests", token, body: { type: "access", contactId: id } });
    expectStatus(res, 400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(["subjectEmail"]);
    expect(JSON.stringify(res.body)).not.toMatch(/requester(Email|Phone|Name|Details)|contactIds/);
  });

  it("without a contact, the problem document names subjectEmail too", async () => {
    const res = await callApi(requests.POST, { path: "/requests", token, body: { type: "access" } });
    expectStatus(res, 400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(["subjectEmail"]);
    expect(JSON.stringify(res.body)).not.toMatch(/requester(Email|Phone|Name|Details)|contactIds/);
  });
});

describe("company.legalForm none", () => {
  it("is accepted and the person is treated as a natural person (telemarketing needs consent)", async () => {
    const phones = [{ number: "06 23456789", kind: "mobile" }];
    const person = await newContact({ company: { name: "Klusbedrijf Jansen", legalForm: "none" }, phones });
    const got = await callApi(contact.GET, { path: `/contacts/${person.id}`, params: { id: person.id }, token });
    expect(got.body.company).toMatchObject({ name: "Klusbedrijf Jansen", legalForm: "none" });
    const call = (contactId: string) =>
      callApi(eligibility.POST, {
        path: "/eligibility",
        token,
        body: { contactId, purpose: purposeKey, channel: "phone" },
      });
    expect((await call(person.id)).body).toMatchObject({ decision: "deny", rule: "no_consent" });
    // The same mobile number at a BV is a legal entity's line, decided by other rules.
    const bv = await newContact({ phones: [{ number: "06 34567890", kind: "mobile" }] });
    expect((await call(bv.id)).body.rule).not.toBe("no_consent");
  });
});
