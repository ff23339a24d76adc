/**
 * Outbound webhooks end to end: a change made through the API queues a delivery in its own
 * transaction, the worker signs and sends it to a receiver started here, and the receiver checks
 * the signature the way the reference page tells integrators to.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { createWebhookEndpoint } from "@/features/webhooks/services/create-webhook-endpoint";
import { setWebhookEndpointActive } from "@/features/webhooks/services/update-webhook-endpoint";
import { deliverDueWebhooks, RETRY_SCHEDULE_MS } from "@/features/webhooks/services/deliver-due-webhooks";
import { signWebhook, verifyWebhookSignature } from "@/features/webhooks/signature";
import { WEBHOOK_EVENTS, type WebhookEvent } from "@/features/webhooks/events";
import * as purposes from "@/app/api/v1/purposes/route";
import * as contacts from "@/app/api/v1/contacts/route";
import * as consents from "@/app/api/v1/contacts/[id]/consents/route";
import * as withdraw from "@/app/api/v1/contacts/[id]/consents/withdraw/route";
import * as objections from "@/app/api/v1/contacts/[id]/objections/route";
import * as restriction from "@/app/api/v1/contacts/[id]/restriction/route";
import * as requests from "@/app/api/v1/requests/route";
import * as verify from "@/app/api/v1/requests/[id]/verify/route";
import * as execute from "@/app/api/v1/requests/[id]/execute/route";
import { callApi, contactBody, createApiKeyWithScopes, purposeBody, webConsentBody } from "../../factories/api";
import { startReceiver } from "./receiver";
import { GENERIC_DELIVERY_ERROR } from "@/features/webhooks/services/deliver-due-webhooks";

let token: string;
let purposeKey: string;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let secret: string;
let endpointId: string;

async function endpoint(url: string, events: readonly WebhookEvent[] = WEBHOOK_EVENTS) {
  return createWebhookEndpoint(await getDb(), SYSTEM, { url, events: [...events] }, { nodeEnv: "test" });
}

/** The receivers here listen on loopback: allowed by name, as an operator would (WEBHOOK_ALLOWED_HOSTS). */
const allowedHosts = ["127.0.0.1"];

/** Runs the worker until nothing is due (as the background job would, tick after tick). */
async function drain(now?: Date) {
  const db = await getDb();
  for (let i = 0; i < 20; i++) if ((await deliverDueWebhooks(db, { now, allowedHosts })).length === 0) return;
}

const forContact = (contactId: string) =>
  receiver.received.filter((r) => r.json.data.contactId === contactId || r.json.data.contactIds?.includes(contactId));

beforeAll(async () => {
  token = (await createApiKeyWithScopes(await getDb())).token;
  purposeKey = (await callApi(purposes.POST, { path: "/purposes", token, body: purposeBody() })).body.key;
  receiver = await startReceiver();
  const created = await endpoint(receiver.url);
  secret = created.secret;
  endpointId = created.id;
});
afterAll(() => receiver.close());

describe("webhook deliveries", () => {
  it("delivers a consent granted through the API, signed; the receiver verifies it and refuses tampering and replay", async () => {
    const c = await callApi(contacts.POST, { path: "/contacts", token, body: contactBody() });
    const consent = await callApi(consents.POST, {
      path: `/contacts/${c.body.id}/consents`,
      params: { id: c.body.id },
      token,
      body: webConsentBody(purposeKey),
    });
    expect(consent.status).toBe(201);
    await drain();
    const [got] = forContact(c.body.id);
    expect(got.json).toMatchObject({
      type: "consent.granted",
      data: { contactId: c.body.id, consentRecordId: consent.body.id, purpose: purposeKey },
    });
    expect(got.headers["grondslag-event"]).toBe("consent.granted");
    const header = got.headers["grondslag-signature"] as string;
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(header, got.body, secret)).toMatchObject({ ok: true });
    expect(verifyWebhookSignature(header, got.body.replace(purposeKey, "other"), secret)).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(verifyWebhookSignature(header, got.body, "whsec_wrong")).toEqual({ ok: false, reason: "mismatch" });
    const inAnHour = new Date(Date.now() + 3_600_000);
    expect(verifyWebhookSignature(header, got.body, secret, { now: inAnHour })).toEqual({
      ok: false,
      reason: "too_old",
    });
    // A replayed body with a fresh timestamp cannot be signed without the secret.
    const t = Math.floor(inAnHour.getTime() / 1000);
    expect(verifyWebhookSignature(`t=${t},${header.split(",")[1]}`, got.body, secret, { now: inAnHour })).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(verifyWebhookSignature(signWebhook(secret, got.body, t), got.body, secret, { now: inAnHour })).toMatchObject(
      { ok: true },
    );
    const row = await (
      await getDb()
    ).webhookDelivery.findUniqueOrThrow({ where: { id: got.headers["grondslag-delivery"] as string } });
    expect(row).toMatchObject({ status: "delivered", attempts: 1, lastStatusCode: 204, lastError: null });
  });

  it("queues nothing for a consent that was refused: the delivery is part of the same transaction", async () => {
    const db = await getDb();
    const c = await callApi(contacts.POST, { path: "/contacts", token, body: contactBody() });
    const before = await db.webhookDelivery.count();
    const refused = await callApi(consents.POST, {
      path: `/contacts/${c.body.id}/consents`,
      params: { id: c.body.id },
      token,
      body: webConsentBody(purposeKey, { preTicked: true }),
    });
    expect(refused.status).toBe(422);
    expect(await db.webhookDelivery.count()).toBe(before);
  });

  it("tells about withdrawal, objection, restriction set and lifted", async () => {
    const c = await callApi(contacts.POST, { path: "/contacts", token, body: contactBody() });
    const id = c.body.id;
    const p = { params: { id }, token };
    await callApi(consents.POST, { path: `/contacts/${id}/consents`, ...p, body: webConsentBody(purposeKey) });
    await callApi(withdraw.POST, { path: `/contacts/${id}/consents/withdraw`, ...p, body: { purpose: purposeKey } });
    await callApi(objections.POST, { path: `/contacts/${id}/objections`, ...p, body: { scope: "direct_marketing" } });
    await callApi(restriction.POST, { path: `/contacts/${id}/restriction`, ...p, body: { reason: "Contested" } });
    await callApi(restriction.DELETE, { method: "DELETE", path: `/contacts/${id}/restriction`, ...p });
    await drain();
    const types = forContact(id)
      .map((r) => r.json.type)
      .sort();
    expect(types).toEqual([
      "consent.granted",
      "consent.withdrawn",
      "objection.recorded",
      "restriction.lifted",
      "restriction.set",
    ]);
    for (const r of forContact(id))
      expect(verifyWebhookSignature(r.headers["grondslag-signature"] as string, r.body, secret).ok).toBe(true);
  });

  it("announces an erasure with ids and hashed addresses only: no e-mail address, name or number", async () => {
    const stamp = Date.now();
    const body = contactBody({
      firstName: "Gerrit",
      lastName: `Verwijderd${stamp}`,
      emails: [{ address: `Gerrit.${stamp}@Voorbeeld.nl`, kind: "personal" }],
      phones: [{ number: "06 87654321", kind: "mobile" }],
    });
    const c = await callApi(contacts.POST, { path: "/contacts", token, body });
    const id = c.body.id;
    const request = await callApi(requests.POST, {
      path: "/requests",
      token,
      body: { type: "erasure", contactId: id, subjectEmail: body.emails[0].address, subjectName: "Gerrit Verwijderd" },
    });
    const rid = request.body.id;
    await callApi(verify.POST, {
      path: `/requests/${rid}/verify`,
      params: { id: rid },
      token,
      body: { method: "reply_from_known_email" },
    });
    expect(
      (await callApi(execute.POST, { method: "POST", path: `/requests/${rid}/execute`, params: { id: rid }, token }))
        .status,
    ).toBe(200);
    await drain();
    const erased = forContact(id).filter((r) => r.json.type === "contact.erased");
    expect(erased).toHaveLength(1);
    const [event] = erased;
    expect(verifyWebhookSignature(event.headers["grondslag-signature"] as string, event.body, secret).ok).toBe(true);
    const sha = (v: string) => createHash("sha256").update(v).digest("hex");
    expect(event.json.data).toMatchObject({ contactIds: [id], requestId: rid });
    expect(event.json.data.identifiers).toEqual(
      expect.arrayContaining([
        { kind: "email", sha256: sha(`gerrit.${stamp}@voorbeeld.nl`) },
        { kind: "phone", sha256: sha("+31687654321") },
      ]),
    );
    const raw = event.body.toLowerCase();
    for (const personal of [
      `gerrit.${stamp}`,
      "voorbeeld.nl",
      "gerrit",
      `verwijderd${stamp}`,
      "87654321",
      body.company.name.toLowerCase(),
    ]) {
      expect(raw, `erasure event must not contain "${personal}"`).not.toContain(personal);
    }
    // Once sent, even the hashes leave our database.
    const stored = await (
      await getDb()
    ).webhookDelivery.findUniqueOrThrow({ where: { id: event.headers["grondslag-delivery"] as string } });
    expect(stored.payload).toMatchObject({ data: { identifiers: [], identifiersRemoved: 2 } });
  });

  it("retries a failing receiver after 1 min, 5 min, 30 min, 2 h and 12 h, then gives up, logging each answer", async () => {
    const db = await getDb();
    const failing = await startReceiver({ status: () => 503 });
    const ep = await endpoint(failing.url, ["objection.recorded"]);
    try {
      const c = await callApi(contacts.POST, { path: "/contacts", token, body: contactBody() });
      await callApi(objections.POST, {
        path: `/contacts/${c.body.id}/objections`,
        params: { id: c.body.id },
        token,
        body: { scope: "profiling" },
      });
      const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: ep.id } });
      let now = new Date();
      for (const [i, wait] of RETRY_SCHEDULE_MS.entries()) {
        await drain(now);
        const row = await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
        expect(row).toMatchObject({ status: "pending", attempts: i + 1, lastStatusCode: 503, lastError: "HTTP 503" });
        expect(row.nextAttemptAt.getTime()).toBe(now.getTime() + wait);
        // Not due yet: nothing is sent a second early.
        await drain(new Date(now.getTime() + wait - 1000));
        expect((await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).attempts).toBe(i + 1);
        now = new Date(now.getTime() + wait);
      }
      await drain(now);
      expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({
        status: "failed",
        attempts: 6,
      });
      expect(failing.received).toHaveLength(6);
    } finally {
      await setWebhookEndpointActive(db, SYSTEM, { endpointId: ep.id, active: false });
      await failing.close();
    }
  });

  it("records an unreachable receiver's error, and sends each delivery once even with two workers at once", async () => {
    const db = await getDb();
    const closed = await startReceiver();
    await closed.close();
    const gone = await endpoint(closed.url, ["restriction.set"]);
    const c = await callApi(contacts.POST, { path: "/contacts", token, body: contactBody() });
    await callApi(restriction.POST, {
      path: `/contacts/${c.body.id}/restriction`,
      params: { id: c.body.id },
      token,
      body: { reason: "Contested" },
    });
    await Promise.all([deliverDueWebhooks(db, { allowedHosts }), deliverDueWebhooks(db, { allowedHosts })]);
    const row = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: gone.id } });
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: null });
    expect(row.lastError).toBe(GENERIC_DELIVERY_ERROR);
    expect(forContact(c.body.id).filter((r) => r.json.type === "restriction.set")).toHaveLength(1);
    await setWebhookEndpointActive(db, SYSTEM, { endpointId: gone.id, active: false });
  });

  it("refuses loopback, private and metadata addresses unless allowed by name, with the same generic error", async () => {
    const db = await getDb();
    const internal = await startReceiver();
    const eps = [
      await endpoint(internal.url, ["restriction.lifted"]),
      await endpoint("https://169.254.169.254/latest/meta-data", ["restriction.lifted"]),
      await endpoint("https://10.0.0.1:8443/hook", ["restriction.lifted"]),
    ];
    try {
      const c = await callApi(contacts.POST, { path: "/contacts", token, body: contactBody() });
      const path = `/contacts/${c.body.id}/restriction`;
      await callApi(restriction.POST, { path, params: { id: c.body.id }, token, body: { reason: "Contested" } });
      await callApi(restriction.DELETE, { method: "DELETE", path, params: { id: c.body.id }, token });
      await deliverDueWebhooks(db, { allowedHosts: [] });
      for (const ep of eps) {
        const row = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: ep.id } });
        expect(row).toMatchObject({ attempts: 1, lastStatusCode: null, lastError: GENERIC_DELIVERY_ERROR });
      }
      expect(internal.received).toHaveLength(0);
    } finally {
      for (const ep of eps) await setWebhookEndpointActive(db, SYSTEM, { endpointId: ep.id, active: false });
      await internal.close();
    }
  });

  it("queues nothing for a disabled endpoint", async () => {
    const db = await getDb();
    await setWebhookEndpointActive(db, SYSTEM, { endpointId, active: false });
    try {
      const c = await callApi(contacts.POST, { path: "/contacts", token, body: contactBody() });
      await callApi(objections.POST, {
        path: `/contacts/${c.body.id}/objections`,
        params: { id: c.body.id },
        token,
        body: { scope: "profiling" },
      });
      expect(
        await db.webhookDelivery.count({
          where: { endpointId, payload: { path: ["data", "contactId"], equals: c.body.id } },
        }),
      ).toBe(0);
    } finally {
      await setWebhookEndpointActive(db, SYSTEM, { endpointId, active: true });
    }
  });
});
