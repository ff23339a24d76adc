/**
 * The public request page: anyone may make a data-subject request without signing in. It is
 * registered at once with the clock running from receipt (AVG art. 12 lid 3), the requester gets a
 * verification link by real SMTP, and the answer and the mail never tell whether we hold the address.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { createMailTransport } from "@/server/mail/gate";
import { computeDueAt } from "@/domain/requests";
import { submitPublicRequest, PUBLIC_REQUEST_LIMITS } from "@/features/requests/services/submit-public-request";
import { confirmRequestByLink, readRequestLink } from "@/features/requests/services/confirm-request-link";
import { readRequestStatus } from "@/features/requests/services/read-request-status";
import { requestReference } from "@/domain/requests";
import { createContact } from "../../factories/contacts";
import { uniqueAddress, uniqueIp } from "../../factories/signups";
import { startSmtpSink } from "../mail/smtp-sink";

let db: Db;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let smtp: ReturnType<typeof createMailTransport>;
const visitor = { actor: { type: "data_subject" as const }, request: { ip: "198.51.100.20" } };

beforeAll(async () => {
  db = await getDb();
  sink = await startSmtpSink();
  smtp = createMailTransport(sink.url);
});
afterAll(() => sink.close());

const ask = (over: Partial<Parameters<typeof submitPublicRequest>[2]> = {}, now?: Date) =>
  submitPublicRequest(
    db,
    visitor,
    {
      type: "access",
      name: "Joost Visser",
      email: uniqueAddress(),
      details: "Bakkerij Visser, Utrecht",
      language: "nl",
      ip: uniqueIp(),
      userAgent: "Mozilla/5.0 (privacy page)",
      ...over,
    },
    { transport: smtp, now },
  );

/** The decoded body of the last mail the sink received for this address. */
function mailTo(address: string): string {
  const mails = sink.received.filter((m) => m.to.some((to) => to.toLowerCase() === address.toLowerCase()));
  expect(mails.length).toBe(1);
  return mails[0].raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
}
const linkIn = (raw: string) => /https?:\/\/\S+\/privacy\/request\/verify\/([\w.-]+)\?lang=(nl|en)/.exec(raw)!;

describe("a request on the public page", () => {
  it("is registered as received now, with the deadline from receipt, and mails a verification link", async () => {
    const email = uniqueAddress();
    const now = new Date("2026-11-30T09:15:00Z");
    const { id } = await ask({ email: email.toUpperCase(), type: "erasure" }, now);
    const row = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id }, include: { contacts: true } });
    expect(row).toMatchObject({
      type: "erasure",
      status: "received",
      channel: "web_form",
      requesterName: "Joost Visser",
      requesterEmail: email,
      requesterDetails: "Bakkerij Visser, Utrecht",
      receivedAt: now,
      verifiedAt: null,
      createdById: null,
    });
    expect(row.dueAt).toEqual(computeDueAt(now));
    expect(row.contacts).toEqual([]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: id, action: "request.registered" } });
    expect(audit.actorType).toBe("data_subject");
    expect(JSON.stringify(audit.metadata)).not.toContain(email);

    const raw = mailTo(email.toUpperCase());
    expect(raw).toContain("(Verwijdering) ontvangen op 30 november 2026");
    expect(raw).toContain("uiterlijk op 30 december 2026");
    const [, token, lang] = linkIn(raw);
    expect(lang).toBe("nl");

    // Opening the link changes nothing; the button confirms once.
    expect(await readRequestLink(db, token)).toEqual({ ok: true, requestId: id });
    expect((await db.dataSubjectRequest.findUniqueOrThrow({ where: { id } })).verifiedAt).toBeNull();
    const later = new Date("2026-12-02T10:00:00Z");
    expect(await confirmRequestByLink(db, token, { ip: "198.51.100.21" }, { now: later })).toEqual({
      ok: true,
      requestId: id,
    });
    const verified = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id } });
    expect(verified).toMatchObject({
      status: "verified",
      verifiedAt: later,
      verificationMethod: "confirmed_email_link",
      verifiedById: null,
    });
    // Checking who asked does not move the clock: it runs from receipt.
    expect(verified.dueAt).toEqual(computeDueAt(now));
    const event = await db.auditEvent.findFirstOrThrow({ where: { targetId: id, action: "request.verified" } });
    // A data subject's IP is not kept in the staff audit trail.
    expect(event).toMatchObject({ actorType: "data_subject", ip: null });
    expect(await confirmRequestByLink(db, token, { ip: "198.51.100.21" })).toEqual({ ok: false, reason: "used" });
    expect(await readRequestLink(db, token)).toEqual({ ok: false, reason: "used" });
  });

  it("answers and mails the same whether or not the address is known", async () => {
    const known = uniqueAddress();
    const contact = await createContact(db, { emails: [{ address: known, kind: "personal" }] });
    const unknown = uniqueAddress();
    const now = new Date("2026-11-30T12:00:00Z");
    const a = await ask({ email: known, language: "en" }, now);
    const b = await ask({ email: unknown, language: "en" }, now);
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    expect(a.dueAt).toEqual(b.dueAt);
    // The body differs only in the links and the reference; headers aside, nothing tells the two apart.
    const body = (raw: string) =>
      raw
        .split(/\r?\n\r?\n/)
        .slice(1)
        .join("\n\n")
        .replace(/\/privacy\/request\/(verify|status)\/[\w.-]+/g, "/privacy/request/$1/<token>")
        .replace(/R-[0-9A-F]{4}-[0-9A-F]{4}/g, "<reference>")
        .replace(/--[\w-]+/g, "--<boundary>");
    expect(body(mailTo(known))).toEqual(body(mailTo(unknown)));
    // Nothing was linked or looked up: linking is the privacy officer's step.
    expect(await db.requestContact.count({ where: { contactId: contact.id } })).toBe(0);
  });

  it("refuses what is not a request, naming the field, and stores nothing", async () => {
    const before = await db.dataSubjectRequest.count();
    await expect(ask({ email: "not-an-address" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: [{ field: "email", key: "validation.email" }],
    });
    await expect(ask({ type: "complaint" as never, name: "" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: expect.arrayContaining([
        expect.objectContaining({ field: "type" }),
        expect.objectContaining({ field: "name" }),
      ]),
    });
    expect(await db.dataSubjectRequest.count()).toBe(before);
  });

  it("is rate-limited per address and per network, and says so", async () => {
    const email = uniqueAddress();
    for (let i = 0; i < PUBLIC_REQUEST_LIMITS.perAddress.limit; i++) await ask({ email });
    await expect(ask({ email })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    const ip = uniqueIp();
    for (let i = 0; i < PUBLIC_REQUEST_LIMITS.perIp.limit; i++) await ask({ ip });
    await expect(ask({ ip })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("a link of another kind, a forged one, or one for a request that is gone changes nothing", async () => {
    expect(await confirmRequestByLink(db, "v1.forged.token", { ip: "198.51.100.22" })).toMatchObject({ ok: false });
    const email = uniqueAddress();
    const { id } = await ask({ email });
    const [, token] = linkIn(mailTo(email));
    await db.dataSubjectRequest.update({ where: { id }, data: { status: "closed", closedAt: new Date() } });
    expect(await confirmRequestByLink(db, token, { ip: "198.51.100.22" })).toEqual({ ok: false, reason: "used" });
    expect((await db.dataSubjectRequest.findUniqueOrThrow({ where: { id } })).verifiedAt).toBeNull();
  });
});

describe("the status page of a public request", () => {
  const statusIn = (raw: string) => /https?:\/\/\S+\/privacy\/request\/status\/([\w.-]+)\?lang=(nl|en)/.exec(raw)!;

  it("is linked from the receipt, which gives the reference; it follows the request to its answer", async () => {
    const email = uniqueAddress();
    const now = new Date("2026-11-30T09:15:00Z");
    const { id } = await ask({ email, language: "en" }, now);
    const raw = mailTo(email);
    expect(raw).toContain(`Its reference is ${requestReference(id)}.`);
    const [, statusToken, lang] = statusIn(raw);
    expect(lang).toBe("en");

    expect(await readRequestStatus(db, statusToken)).toEqual({
      ok: true,
      reference: requestReference(id),
      type: "access",
      stage: "awaiting_confirmation",
      receivedAt: now,
      dueAt: computeDueAt(now),
      extended: false,
      confirmedAt: null,
      answeredAt: null,
    });

    const [, verifyToken] = linkIn(raw);
    expect((await confirmRequestByLink(db, verifyToken, { ip: "198.51.100.23" })).ok).toBe(true);
    expect(await readRequestStatus(db, statusToken)).toMatchObject({
      stage: "in_progress",
      confirmedAt: expect.any(Date),
    });

    const answeredAt = new Date("2026-12-10T10:00:00Z");
    await db.dataSubjectRequest.update({
      where: { id },
      data: { status: "closed", closedAt: answeredAt, responseSentAt: answeredAt },
    });
    expect(await readRequestStatus(db, statusToken)).toMatchObject({ stage: "answered", answeredAt });
  });

  it("says a refused request was refused, and shows nothing personal at any stage", async () => {
    const email = uniqueAddress();
    const { id } = await ask({ email });
    const [, statusToken] = statusIn(mailTo(email));
    await db.dataSubjectRequest.update({ where: { id }, data: { status: "rejected", closedAt: new Date() } });
    const view = await readRequestStatus(db, statusToken);
    expect(view).toMatchObject({ ok: true, stage: "refused", answeredAt: null });
    expect(JSON.stringify(view)).not.toContain(email);
    expect(JSON.stringify(view)).not.toContain("Joost");
  });

  it("opens only with its own signed link: not the confirmation link, not a forged one, not for a request that is gone", async () => {
    const email = uniqueAddress();
    const { id } = await ask({ email });
    const raw = mailTo(email);
    const [, verifyToken] = linkIn(raw);
    const [, statusToken] = statusIn(raw);
    expect(await readRequestStatus(db, verifyToken)).toMatchObject({ ok: false });
    expect(await readRequestStatus(db, `${statusToken.slice(0, -2)}xx`)).toMatchObject({ ok: false });
    expect(await readRequestLink(db, statusToken)).toMatchObject({ ok: false });
    await db.dataSubjectRequest.delete({ where: { id } });
    expect(await readRequestStatus(db, statusToken)).toEqual({ ok: false, reason: "unknown" });
  });
});
