import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { createMailTransport, sendAllowedMail, sendSelfTestMail } from "@/server/mail/gate";
import { decideAndPermit, type AllowedSend } from "@/server/mail/allowed-send";
import { decideForContact } from "@/features/outreach/services/decide-for-contact";
import { loadContactDecisionInputs } from "@/features/outreach/services/load-contact-facts";
import { getPurposeById } from "@/features/purposes/services/load-purpose";
import { DEFAULT_OUTREACH_SETTINGS } from "@/domain/outreach";
import { createStaffUser } from "../../factories/users";
import { createContact } from "../../factories/contacts";
import { createContactWithConsent } from "../../factories/consents";
import { createPurpose } from "../../factories/outreach";
import { startSmtpSink } from "./smtp-sink";

let db: Db;
let purposeKey: string;
let purposeId: string;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const outbox = createMailTransport(null);

beforeAll(async () => {
  db = await getDb();
  const p = await createPurpose(db);
  purposeKey = p.key;
  purposeId = p.id;
  sink = await startSmtpSink();
});
afterAll(() => sink.close());

const message = (contactId: string, over: object = {}) => ({
  contactId,
  purposeKey,
  commercial: true,
  subject: "Hallo",
  text: "Nieuws",
  ...over,
});

async function allowed(): Promise<{ contactId: string; permit: AllowedSend }> {
  const { contact } = await createContactWithConsent(db, purposeKey);
  const d = await decideForContact(db, { contactId: contact.id, purposeKey, channel: "email", commercial: true });
  expect(d.permit).not.toBeNull();
  return { contactId: contact.id, permit: d.permit! };
}

async function outboxCount(contactId: string) {
  return db.outboxMessage.count({ where: { contactId } });
}

describe("the send gate", () => {
  it("delivers with a fresh allow permit, to the decided address, with RFC 8058 headers and a footer", async () => {
    const { contactId, permit } = await allowed();
    const res = await sendAllowedMail(db, outbox, permit, message(contactId));
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: res.outboxId } });
    const address = await db.emailAddress.findFirstOrThrow({ where: { contactId } });
    expect(row.toAddress).toBe(address.address);
    const headers = row.headers as Record<string, string>;
    // The stored copy shows where the unsubscribe link is, never the token: staff read the outbox
    // and could otherwise act as the person (withdraw, object).
    expect(headers["List-Unsubscribe"]).toMatch(/^<http[^>]+\/u\/\[redacted\]>, <mailto:[^>]+>$/);
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(row.text).toContain("/u/[redacted]");
    expect(`${row.text}${row.html}${JSON.stringify(headers)}`).not.toContain("/u/v1.");
  });

  it("refuses an object that merely looks like an allow decision", async () => {
    const contact = await createContact(db);
    const forged = {
      contactId: contact.id,
      purposeKey,
      channel: "email",
      commercial: true,
      at: new Date(),
      decidedAt: new Date(),
      decision: {
        decision: "allow",
        rule: "consent",
        citation: "x",
        explanation: { nl: "", en: "" },
        evidence: [],
        contactPointId: contact.emails[0].id,
      },
    };
    await expect(
      sendAllowedMail(db, outbox, forged as unknown as AllowedSend, message(contact.id)),
    ).rejects.toMatchObject({ code: "UNLAWFUL" });
    expect(await outboxCount(contact.id)).toBe(0);
  });

  it("refuses a deny: the engine gives no permit, and the decision itself is not one", async () => {
    const contact = await createContact(db);
    const d = await decideForContact(db, { contactId: contact.id, purposeKey, channel: "email", commercial: true });
    expect(d.decision.decision).toBe("deny");
    expect(d.permit).toBeNull();
    await expect(
      sendAllowedMail(db, outbox, d.decision as unknown as AllowedSend, message(contact.id)),
    ).rejects.toMatchObject({ code: "UNLAWFUL" });
  });

  it("refuses a permit for another contact or another purpose", async () => {
    const { contactId, permit } = await allowed();
    const other = await createContact(db);
    await expect(sendAllowedMail(db, outbox, permit, message(other.id))).rejects.toThrow(/another contact/);
    await expect(
      sendAllowedMail(db, outbox, permit, message(contactId, { purposeKey: "other-purpose" })),
    ).rejects.toThrow(/another purpose/);
    expect(await outboxCount(other.id)).toBe(0);
  });

  it("refuses a non-commercial decision for a commercial message", async () => {
    const contact = await createContact(db);
    const d = await decideForContact(db, { contactId: contact.id, purposeKey, channel: "email", commercial: false });
    const p = await createPurpose(db, { directMarketing: false });
    const service = await decideForContact(db, {
      contactId: contact.id,
      purposeKey: p.key,
      channel: "email",
      commercial: false,
    });
    expect(service.permit).not.toBeNull();
    await expect(
      sendAllowedMail(db, outbox, service.permit!, { ...message(contact.id), purposeKey: p.key }),
    ).rejects.toThrow(/non-commercial/);
    expect(d.permit).toBeNull(); // a direct-marketing purpose is marketing whatever the flag says
  });

  it("refuses a stale permit and a decision about another moment", async () => {
    const { contact } = await createContactWithConsent(db, purposeKey, { channels: ["email"] });
    const purpose = await getPurposeById(db, purposeId);
    const { facts } = await loadContactDecisionInputs(db, contact.id);
    const base = {
      contact: facts,
      purpose,
      channel: "email" as const,
      commercial: true,
      settings: { ...DEFAULT_OUTREACH_SETTINGS },
    };
    // Decided 11 minutes ago (the engine's `now`), about that moment's facts.
    const later = new Date(Date.now() + 11 * 60_000);
    const stale = decideAndPermit({ ...base, at: new Date() }).permit!;
    await expect(sendAllowedMail(db, outbox, stale, message(contact.id), later)).rejects.toThrow(/stale/);
    // A time-machine decision (the facts as they will stand in 11 minutes) never covers a send now.
    const otherMoment = decideAndPermit({ ...base, at: later }).permit!;
    await expect(sendAllowedMail(db, outbox, otherMoment, message(contact.id))).rejects.toThrow(/another moment/);
    expect(await outboxCount(contact.id)).toBe(0);
  });

  it("refuses a designed commercial mail whose parts lack the unsubscribe or preference link", async () => {
    const render =
      (drop: "unsubscribe" | "preferences" | "html" | null) =>
      (links: { unsubscribeUrl: string | null; preferencesUrl: string | null }) => {
        const footer = [
          drop === "unsubscribe" ? "" : links.unsubscribeUrl,
          drop === "preferences" ? "" : links.preferencesUrl,
        ];
        return {
          text: `Nieuws\n${footer.join("\n")}`,
          html:
            drop === "html" ? "<p>Nieuws</p>" : `<p>Nieuws</p>${footer.map((u) => `<a href="${u}">x</a>`).join("")}`,
        };
      };
    for (const drop of ["unsubscribe", "preferences", "html"] as const) {
      const { contactId, permit } = await allowed();
      await expect(sendAllowedMail(db, outbox, permit, message(contactId, { render: render(drop) }))).rejects.toThrow(
        /lacks its unsubscribe or preference link/,
      );
      expect(await outboxCount(contactId), drop).toBe(0);
    }
    const { contactId, permit } = await allowed();
    const res = await sendAllowedMail(db, outbox, permit, message(contactId, { render: render(null) }));
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: res.outboxId } });
    expect((row.headers as Record<string, string>)["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(row.html).toContain("/u/[redacted]");
  });

  it("uses a permit once", async () => {
    const { contactId, permit } = await allowed();
    await sendAllowedMail(db, outbox, permit, message(contactId));
    await expect(sendAllowedMail(db, outbox, permit, message(contactId))).rejects.toThrow(/used already/);
    expect(await outboxCount(contactId)).toBe(1);
  });

  it("sends over real SMTP", async () => {
    const smtp = createMailTransport(sink.url);
    const { contactId, permit } = await allowed();
    const res = await sendAllowedMail(db, smtp, permit, message(contactId));
    const got = sink.received.find((m) => m.to.includes(res.to));
    expect(got?.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(got?.headers.get("message-id")).toBe(res.messageId);
    // The person gets the real link; only the stored copy is redacted.
    expect(String(got?.headers.get("list-unsubscribe"))).toMatch(/\/u\/v1\.[\w-]+\.[\w-]+>/);
  });

  it("sends a marked test only to the staff user's own address", async () => {
    const user = await createStaffUser(db, "marketer");
    const res = await sendSelfTestMail(db, outbox, { userId: user.id, subject: "Nieuwsbrief", text: "Body" });
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: res.outboxId } });
    expect(row).toMatchObject({ toAddress: user.email, subject: "[TEST] Nieuwsbrief", contactId: null });
    expect(row.text).toMatch(/^TEST/);
  });
});
