import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { createMailTransport } from "@/server/mail/gate";
import { tokenSigner } from "@/server/tokens/token-signer";
import { signSignupConfirmToken } from "@/server/tokens/signup-token";
import { decideForContact } from "@/features/outreach/services/decide-for-contact";
import { confirmSignup, readSignupLink } from "@/features/signups/services/confirm-signup";
import { purgeUnconfirmedSignups } from "@/features/signups/services/purge-signups";
import { submitSignup } from "@/features/signups/services/submit-signup";
import { createPurposeWithNotice, createPurposeWithTwoNoticeVersions } from "../../factories/purposes";
import { suppressIdentifier, createContact } from "../../factories/contacts";
import { createPendingSignup, createSignupForm, uniqueAddress, uniqueIp } from "../../factories/signups";
import { startSmtpSink } from "../mail/smtp-sink";

let db: Db;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let smtp: ReturnType<typeof createMailTransport>;
let purposeKey: string;

beforeAll(async () => {
  db = await getDb();
  sink = await startSmtpSink();
  smtp = createMailTransport(sink.url);
  purposeKey = (await createPurposeWithNotice(db, { channels: ["email", "phone"] })).key;
});
afterAll(() => sink.close());

const confirmer = { ip: "192.0.2.44", userAgent: "Mozilla/5.0 (confirmation)" };

/** The confirmation link in the mail the sink received for this address (decoded quoted-printable). */
function linkMailedTo(address: string): { url: string; token: string } {
  const mails = sink.received.filter((m) => m.to.includes(address));
  expect(mails.length).toBeGreaterThan(0);
  const raw = mails
    .at(-1)!
    .raw.replace(/=\r?\n/g, "")
    .replace(/=3D/g, "=");
  const url = /(https?:\/\/\S+\/f\/confirm\/[\w.-]+)/.exec(raw)![1];
  return { url, token: url.split("/f/confirm/")[1] };
}
const mailsTo = (address: string) => sink.received.filter((m) => m.to.includes(address)).length;

describe("double opt-in: pending -> confirmed", () => {
  it("is no consent until confirmed; the confirmation records submission and confirmation apart", async () => {
    const address = uniqueAddress();
    const existing = await createContact(db, { emails: [{ address, kind: "personal" }] });
    const form = await createSignupForm(db, [purposeKey]);
    const pending = await createPendingSignup(db, smtp, [purposeKey], { email: address, formId: form.id });
    expect(pending.status).toBe("pending");
    const mail = sink.received.filter((m) => m.to.includes(address)).at(-1)!;
    // The confirmation is not a marketing message: no unsubscribe header, no permit needed.
    expect(mail.headers.get("list-unsubscribe")).toBeUndefined();
    expect(mail.headers.get("x-grondslag-kind")).toBe("signup_confirmation");

    const before = await decideForContact(db, {
      contactId: existing.id,
      purposeKey,
      channel: "email",
      commercial: true,
    });
    expect(before.decision.decision).toBe("deny");

    const { token } = linkMailedTo(address);
    expect((await readSignupLink(db, token)).ok).toBe(true);
    const done = await confirmSignup(db, token, confirmer);
    expect(done.ok).toBe(true);
    if (!done.ok) return;
    expect(done.contactId).toBe(existing.id);

    const [record] = await db.consentRecord.findMany({
      where: { id: { in: done.consentIds } },
      include: { notice: true },
    });
    expect(record).toMatchObject({
      method: "double_opt_in",
      action: "granted",
      channels: ["email"],
      ip: pending.input.ip,
      userAgent: "Mozilla/5.0 (submission)",
      confirmationIp: confirmer.ip,
      confirmationUserAgent: confirmer.userAgent,
      formVersion: `${form.id}@1`,
      recordedVia: "public",
    });
    expect(record.notice?.version).toBe(1);
    expect(record.submittedAt!.getTime()).toBeLessThanOrEqual(record.effectiveAt.getTime());

    const after = await decideForContact(db, {
      contactId: existing.id,
      purposeKey,
      channel: "email",
      commercial: true,
    });
    expect(after.decision.decision).toBe("allow");
  });

  it("records the notice version shown, and calls as a consent of their own when the separate box was ticked", async () => {
    const purpose = await createPurposeWithTwoNoticeVersions(db, { channels: ["email", "phone"] });
    const form = await createSignupForm(db, [purpose.key], { offerCalls: true });
    const address = uniqueAddress();
    await createPendingSignup(db, smtp, [purpose.key], {
      email: address,
      formId: form.id,
      noticeVersions: { [purpose.key]: 1 },
      callPurposes: [purpose.key],
      phone: "020 794 0000",
    });
    const done = await confirmSignup(db, linkMailedTo(address).token, confirmer);
    if (!done.ok) throw new Error(done.reason);
    const records = await db.consentRecord.findMany({
      where: { id: { in: done.consentIds } },
      include: { notice: true },
      orderBy: { statement: "asc" },
    });
    // Two events: e-mail, and phone alone (consent to be called is its own act).
    expect(records.map((r) => r.channels)).toEqual([["phone"], ["email"]]);
    expect(records.map((r) => r.notice?.version)).toEqual([1, 1]);
    expect(records[0].statement).toContain("separate unticked box to be called");
    const contact = await db.contact.findUniqueOrThrow({ where: { id: done.contactId }, include: { phones: true } });
    expect(contact.sourceType).toBe("web_form");
    expect(contact.phones).toHaveLength(1);
    // So the outreach rules count it for calls (a bundled web consent would not).
    const call = await decideForContact(db, {
      contactId: done.contactId,
      purposeKey: purpose.key,
      channel: "phone",
      commercial: true,
    });
    expect(call.decision).toMatchObject({ decision: "allow", rule: "consent" });
  });

  it("a sign-up without a call box ticked records one e-mail consent and no calls", async () => {
    const purpose = await createPurposeWithNotice(db, { channels: ["email", "phone"] });
    const form = await createSignupForm(db, [purpose.key], { offerCalls: true });
    const address = uniqueAddress();
    await createPendingSignup(db, smtp, [purpose.key], { email: address, formId: form.id, phone: "020 794 0000" });
    const done = await confirmSignup(db, linkMailedTo(address).token, confirmer);
    if (!done.ok) throw new Error(done.reason);
    const records = await db.consentRecord.findMany({ where: { id: { in: done.consentIds } } });
    expect(records.map((r) => r.channels)).toEqual([["email"]]);
  });

  it("calls alone, and the older single box, each end as a consent for phone alone", async () => {
    const purpose = await createPurposeWithNotice(db, { channels: ["email", "phone"] });
    const form = await createSignupForm(db, [purpose.key], { offerCalls: true });
    const callsOnly = uniqueAddress();
    await createPendingSignup(db, smtp, [], {
      email: callsOnly,
      formId: form.id,
      callPurposes: [purpose.key],
      phone: "06 12345678",
    });
    const one = await confirmSignup(db, linkMailedTo(callsOnly).token, confirmer);
    if (!one.ok) throw new Error(one.reason);
    expect((await db.consentRecord.findMany({ where: { id: { in: one.consentIds } } })).map((r) => r.channels)).toEqual(
      [["phone"]],
    );
    const older = uniqueAddress();
    await createPendingSignup(db, smtp, [purpose.key], { email: older, calls: true, phone: "06 12345679" });
    const two = await confirmSignup(db, linkMailedTo(older).token, confirmer);
    if (!two.ok) throw new Error(two.reason);
    const channels = (await db.consentRecord.findMany({ where: { id: { in: two.consentIds } } })).map(
      (r) => r.channels,
    );
    expect(channels).toHaveLength(2);
    expect(channels).toEqual(expect.arrayContaining([["email"], ["phone"]]));
  });

  it("refuses a call box without a number, calls a form does not offer, and a sign-up with nothing ticked", async () => {
    const purpose = await createPurposeWithNotice(db, { channels: ["email", "phone"] });
    const noCalls = await createSignupForm(db, [purpose.key]);
    await expect(createPendingSignup(db, smtp, [purpose.key], { callPurposes: [purpose.key] })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: [{ field: "phone" }],
    });
    await expect(
      createPendingSignup(db, smtp, [purpose.key], {
        formId: noCalls.id,
        callPurposes: [purpose.key],
        phone: "06 12345678",
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fields: [{ field: "callPurposes.0" }] });
    await expect(createPendingSignup(db, smtp, [])).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: [{ field: "purposes" }],
    });
  });

  it("refuses a purpose the form does not offer, and a notice version that does not exist", async () => {
    const other = await createPurposeWithNotice(db);
    const form = await createSignupForm(db, [purposeKey]);
    await expect(createPendingSignup(db, smtp, [other.key], { formId: form.id })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(
      createPendingSignup(db, smtp, [purposeKey], { noticeVersions: { [purposeKey]: 99 } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fields: [{ field: `noticeVersions.${purposeKey}` }] });
  });

  it("refuses a form that was switched off or never existed, and records the form's latest version", async () => {
    const form = await createSignupForm(db, [purposeKey]);
    const ok = await createPendingSignup(db, smtp, [purposeKey], { formId: form.id });
    const row = await db.pendingSignup.findUniqueOrThrow({ where: { id: ok.id } });
    expect({ formId: row.formId, formVersion: row.formVersion }).toEqual({ formId: form.id, formVersion: 1 });
    await db.signupForm.update({ where: { id: form.id }, data: { active: false } });
    await expect(createPendingSignup(db, smtp, [purposeKey], { formId: form.id })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: [{ field: "formId" }],
    });
    await expect(
      createPendingSignup(db, smtp, [purposeKey], { formId: "01a22f78-c476-7405-ab84-e8376cbaa702" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fields: [{ field: "formId" }] });
  });
});

describe("the confirmation link", () => {
  it("is single-use: a second confirmation changes nothing", async () => {
    const address = uniqueAddress();
    await createPendingSignup(db, smtp, [purposeKey], { email: address });
    const { token } = linkMailedTo(address);
    const first = await confirmSignup(db, token, confirmer);
    expect(first.ok).toBe(true);
    expect(await confirmSignup(db, token, confirmer)).toEqual({ ok: false, reason: "used" });
    expect(await readSignupLink(db, token)).toMatchObject({ ok: false, reason: "used" });
    if (!first.ok) return;
    expect(await db.consentRecord.count({ where: { contactId: first.contactId } })).toBe(1);
  });

  it("expires", async () => {
    const address = uniqueAddress();
    await createPendingSignup(db, smtp, [purposeKey], { email: address });
    const { token } = linkMailedTo(address);
    const later = new Date(Date.now() + 8 * 24 * 60 * 60 * 1000);
    expect(await confirmSignup(db, token, confirmer, { now: later })).toEqual({ ok: false, reason: "expired" });
  });

  it("cannot be forged: a changed payload or a token of another kind is refused", async () => {
    const address = uniqueAddress();
    const pending = await createPendingSignup(db, smtp, [purposeKey], { email: address });
    const { token } = linkMailedTo(address);
    const [v, , mac] = token.split(".");
    const other = Buffer.from(JSON.stringify({ s: pending.id, l: "signup-confirm", jti: "x", iat: 1, exp: 9e9 }));
    expect(await confirmSignup(db, `${v}.${other.toString("base64url")}.${mac}`, confirmer)).toEqual({
      ok: false,
      reason: "bad_signature",
    });
    const unsubscribe = tokenSigner().sign("unsubscribe", { s: pending.id }, { ttlSeconds: 600 });
    expect((await confirmSignup(db, unsubscribe, confirmer)).ok).toBe(false);
    expect(await db.pendingSignup.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({
      status: "pending",
    });
  });
});

describe("abuse", () => {
  it("a second sign-up re-sends the link once, a third sends nothing, all answer the same", async () => {
    const address = uniqueAddress();
    const first = await createPendingSignup(db, smtp, [purposeKey], { email: address });
    const second = await createPendingSignup(db, smtp, [purposeKey], { email: address });
    const third = await createPendingSignup(db, smtp, [purposeKey], { email: address });
    expect(second).toMatchObject({ id: first.id, status: "pending" });
    expect(third).toMatchObject({ id: first.id, status: "pending" });
    expect(mailsTo(address)).toBe(2);
  });

  it("limits sign-ups per address and per IP", async () => {
    const address = uniqueAddress();
    for (let i = 0; i < 3; i++) await createPendingSignup(db, smtp, [purposeKey], { email: address });
    await expect(createPendingSignup(db, smtp, [purposeKey], { email: address })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    const ip = uniqueIp();
    for (let i = 0; i < 20; i++) await createPendingSignup(db, smtp, [purposeKey], { ip });
    await expect(createPendingSignup(db, smtp, [purposeKey], { ip })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("purges unconfirmed sign-ups after the configured days, with a count in the audit trail", async () => {
    const old = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    const stale = await createPendingSignup(db, smtp, [purposeKey], {}, { now: old });
    const fresh = await createPendingSignup(db, smtp, [purposeKey]);
    const { count } = await purgeUnconfirmedSignups(db, SYSTEM);
    expect(count).toBeGreaterThanOrEqual(1);
    expect(await db.pendingSignup.findUnique({ where: { id: stale.id } })).toBeNull();
    expect(await db.pendingSignup.findUnique({ where: { id: fresh.id } })).not.toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "signup.purged" },
      orderBy: { seq: "desc" },
    });
    expect((event.metadata as { count: number }).count).toBe(count);
    expect(JSON.stringify(event.metadata)).not.toContain("@");
  });
});

describe("suppressed addresses", () => {
  it("may sign up again: the confirmation is the fresh basis, and the records say so", async () => {
    const address = uniqueAddress();
    await suppressIdentifier(db, address);
    const pending = await createPendingSignup(db, smtp, [purposeKey], { email: address });
    expect((await db.pendingSignup.findUniqueOrThrow({ where: { id: pending.id } })).wasSuppressed).toBe(true);
    const done = await confirmSignup(db, linkMailedTo(address).token, confirmer);
    if (!done.ok) throw new Error(done.reason);
    const created = await db.auditEvent.findFirstOrThrow({
      where: { action: "contact.created", targetId: done.contactId },
    });
    expect(created.metadata).toMatchObject({ freshBasis: "consent" });
    const confirmed = await db.auditEvent.findFirstOrThrow({
      where: { action: "signup.confirmed", targetId: done.contactId },
    });
    expect(confirmed.metadata).toMatchObject({ wasSuppressed: true, newContact: true });
  });
});

describe("an unknown sign-up id in a validly signed token", () => {
  it("reads as expired (purged), not as an error", async () => {
    const token = signSignupConfirmToken(tokenSigner(), "0193aaaa-0000-7000-8000-000000000000", 7);
    expect(await confirmSignup(db, token, confirmer)).toEqual({ ok: false, reason: "expired" });
  });
});

describe("API sign-up without a form", () => {
  it("is recorded as an API sign-up", async () => {
    const address = uniqueAddress();
    const res = await submitSignup(
      db,
      SYSTEM,
      {
        email: address,
        purposes: [purposeKey],
        ip: uniqueIp(),
        userAgent: "curl/8",
        language: "en",
      },
      { transport: smtp },
    );
    expect(res.status).toBe("pending");
    const mail = sink.received.filter((m) => m.to.includes(address)).at(-1)!;
    expect(mail.headers.get("subject")).toMatch(/confirm/i);
  });
});
