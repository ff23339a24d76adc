import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { createMailTransport, REDACTED, sendAllowedMail } from "@/server/mail/gate";
import { tokenSigner } from "@/server/tokens/token-signer";
import { createTokenSigner } from "@/server/tokens/signed-token";
import { signUnsubscribeToken, UNSUBSCRIBE_TTL_SECONDS } from "@/server/tokens/unsubscribe-token";
import { decideForContact } from "@/features/outreach/services/decide-for-contact";
import { objectByToken, readUnsubscribeLink } from "@/features/outreach/services/unsubscribe";
import { GET, POST } from "@/app/(public)/u/[token]/route";
import { createContactWithConsent } from "../../factories/consents";
import { createPurpose } from "../../factories/outreach";

let db: Db;
let purposeKey: string;
const outbox = createMailTransport(null);

beforeAll(async () => {
  db = await getDb();
  purposeKey = (await createPurpose(db)).key;
});

/** A commercial mail sent through the gate to a consenting contact; returns its unsubscribe URL. */
async function mailedContact() {
  const { contact } = await createContactWithConsent(db, purposeKey);
  const d = await decideForContact(db, { contactId: contact.id, purposeKey, channel: "email", commercial: true });
  const sent = await sendAllowedMail(db, outbox, d.permit!, {
    contactId: contact.id,
    purposeKey,
    commercial: true,
    subject: "S",
    text: "T",
  });
  // The stored copy never holds the token (staff could act as the person with it): the link is
  // redacted there, so the test mints the same link the recipient got.
  const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: sent.outboxId } });
  const header = (row.headers as Record<string, string>)["List-Unsubscribe"];
  expect(header).toContain(`/u/${REDACTED}`);
  expect(row.text).toContain(`/u/${REDACTED}`);
  expect(`${row.text}${row.html}${JSON.stringify(row.headers)}`).not.toMatch(/\/u\/v1\./);
  const token = signUnsubscribeToken(tokenSigner(), { c: contact.id, p: purposeKey, ch: "email" });
  return { contact, url: `http://localhost/u/${token}`, token };
}

const oneClick = (
  token: string,
  body: BodyInit = "List-Unsubscribe=One-Click",
  type = "application/x-www-form-urlencoded",
) =>
  POST(new Request(`http://localhost/u/${token}`, { method: "POST", body, headers: { "content-type": type } }), {
    params: Promise.resolve({ token }),
  });

const withdrawals = (contactId: string) => db.consentRecord.findMany({ where: { contactId, action: "withdrawn" } });

describe("one-click unsubscribe", () => {
  it("withdraws consent for the purpose at once, without login, and only once", async () => {
    const { contact, token } = await mailedContact();
    const res = await oneClick(token);
    expect(res.status).toBe(200);
    const records = await withdrawals(contact.id);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ method: "unsubscribe_link", channels: [], recordedVia: "public" });
    const after = await decideForContact(db, { contactId: contact.id, purposeKey, channel: "email", commercial: true });
    expect(after.decision).toMatchObject({
      decision: "deny",
      rule: "withdrawn",
      evidence: [{ type: "withdrawal", id: records[0].id }],
    });
    expect((await oneClick(token)).status).toBe(200);
    expect(await withdrawals(contact.id)).toHaveLength(1);
    const audit = await db.auditEvent.findFirst({ where: { action: "consent.withdrawn", targetId: contact.id } });
    expect(audit?.actorType).toBe("data_subject");
  });

  it("accepts the multipart form of the one-click body", async () => {
    const { contact, token } = await mailedContact();
    const form = new FormData();
    form.set("List-Unsubscribe", "One-Click");
    const res = await POST(new Request(`http://localhost/u/${token}`, { method: "POST", body: form }), {
      params: Promise.resolve({ token }),
    });
    expect(res.status).toBe(200);
    expect(await withdrawals(contact.id)).toHaveLength(1);
  });

  it("refuses a forged token (another secret) and changes nothing", async () => {
    const { contact } = await mailedContact();
    const forged = signUnsubscribeToken(createTokenSigner("f".repeat(40)), {
      c: contact.id,
      p: purposeKey,
      ch: "email",
    });
    expect((await oneClick(forged)).status).toBe(400);
    expect(await withdrawals(contact.id)).toHaveLength(0);
  });

  it("refuses an altered token: a valid link re-pointed at another contact", async () => {
    const victim = await mailedContact();
    const attacker = await mailedContact();
    const [v, payload, mac] = attacker.token.split(".");
    const body = JSON.parse(Buffer.from(payload, "base64url").toString());
    body.c = victim.contact.id;
    const altered = [v, Buffer.from(JSON.stringify(body)).toString("base64url"), mac].join(".");
    expect((await oneClick(altered)).status).toBe(400);
    expect(await withdrawals(victim.contact.id)).toHaveLength(0);
  });

  it("refuses an expired token", async () => {
    const { contact } = await mailedContact();
    const old = new Date(Date.now() - (UNSUBSCRIBE_TTL_SECONDS + 60) * 1000);
    const expired = signUnsubscribeToken(tokenSigner(), { c: contact.id, p: purposeKey, ch: "email" }, old);
    expect((await oneClick(expired)).status).toBe(410);
    expect(await withdrawals(contact.id)).toHaveLength(0);
    expect(await readUnsubscribeLink(db, expired)).toEqual({ ok: false, reason: "expired" });
  });

  it("requires the RFC 8058 body, and a GET only leads to the confirmation page", async () => {
    const { contact, token } = await mailedContact();
    expect((await oneClick(token, "foo=bar")).status).toBe(400);
    const get = await GET(new Request(`http://localhost/u/${token}`), { params: Promise.resolve({ token }) });
    expect(get.status).toBe(303);
    expect(get.headers.get("location")).toBe(`/u/${token}/confirm`);
    expect(await withdrawals(contact.id)).toHaveLength(0);
  });

  it("lets the person also object to all direct marketing", async () => {
    const { contact, token } = await mailedContact();
    expect(await objectByToken(db, token)).toEqual({ ok: true, done: "withdrawn" });
    expect(await objectByToken(db, token)).toEqual({ ok: true, done: "already" });
    const objections = await db.objection.findMany({ where: { contactId: contact.id } });
    expect(objections).toHaveLength(1);
    expect(objections[0]).toMatchObject({ scope: "direct_marketing", receivedVia: "unsubscribe_page" });
    const link = await readUnsubscribeLink(db, token);
    expect(link.ok && link.objected).toBe(true);
    const other = await createPurpose(db);
    const d = await decideForContact(db, {
      contactId: contact.id,
      purposeKey: other.key,
      channel: "post",
      commercial: true,
    });
    expect(d.decision.rule).toBe("objection_direct_marketing");
  });
});
