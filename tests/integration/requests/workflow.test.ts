import { describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { computeDueAt } from "@/domain/requests";
import { registerRequest } from "@/features/requests/services/register-request";
import { verifyRequest } from "@/features/requests/services/verify-request";
import { extendRequest } from "@/features/requests/services/extend-request";
import { executeErasure } from "@/features/requests/services/execute-erasure";
import { executeDisclosure } from "@/features/requests/services/execute-disclosure";
import { executeRestriction } from "@/features/requests/services/execute-restriction";
import { executeObjection } from "@/features/requests/services/execute-objection";
import { executeRectification } from "@/features/requests/services/execute-rectification";
import { closeRequest } from "@/features/requests/services/close-request";
import { findRequests } from "@/features/requests/services/find-requests";
import { linkRequestContact } from "@/features/requests/services/link-request-contact";
import { findContactCandidates } from "@/features/requests/services/find-contact-candidates";
import { decideForContact } from "@/features/outreach/services/decide-for-contact";
import { daysAgo } from "../../factories/dates";
import { createStaffUser, userContext } from "../../factories/users";
import { createPurposeWithNotice } from "../../factories/purposes";
import { createPlainContact, createVerifiedRequest } from "../../factories/requests";

async function officer() {
  const db = testDb();
  const user = await createStaffUser(db);
  return { db, user, ctx: userContext(user.id) };
}

describe("registering a request", () => {
  it("starts the clock at receipt and accepts a person we do not know", async () => {
    const { db, ctx } = await officer();
    const receivedAt = new Date("2026-01-31T10:00:00Z");
    const request = await registerRequest(db, ctx, {
      type: "access",
      receivedAt,
      channel: "letter",
      requesterName: "Onbekende Persoon",
      requesterDetails: "Postbus 1, 1000 AA Amsterdam",
    });
    expect(request.dueAt).toEqual(computeDueAt(receivedAt));
    const stored = await db.dataSubjectRequest.findUniqueOrThrow({
      where: { id: request.id },
      include: { contacts: true },
    });
    expect(stored).toMatchObject({ status: "received", channel: "letter", contacts: [] });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "request.registered", targetId: request.id },
    });
    expect(JSON.stringify(audit.metadata)).not.toContain("Onbekende");
  });

  it("refuses a request without any way to answer it, and normalises e-mail and phone", async () => {
    const { db, ctx } = await officer();
    await expect(
      registerRequest(db, ctx, { type: "access", receivedAt: new Date(), channel: "phone", requesterName: "Niemand" }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: [expect.objectContaining({ field: "requesterEmail", key: "requests.errors.noWayToReach" })],
    });
    const request = await registerRequest(db, ctx, {
      type: "objection",
      receivedAt: new Date(),
      channel: "phone",
      requesterName: "Iemand",
      requesterEmail: " Iemand@Example.NL ",
      requesterPhone: "06 1234 5678",
    });
    const stored = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored).toMatchObject({ requesterEmail: "iemand@example.nl", requesterPhone: "+31612345678" });
  });

  it("finds matching contacts by e-mail, phone and name, and links them", async () => {
    const { db, ctx } = await officer();
    const c = await createPlainContact(db);
    const byEmail = await findContactCandidates(db, [c.email.toUpperCase()]);
    const byPhone = await findContactCandidates(db, [`0${c.phone.slice(3)}`]);
    const byName = await findContactCandidates(db, [`${c.firstName} ${c.lastName}`]);
    for (const found of [byEmail, byPhone, byName]) expect(found.map((x) => x.id)).toContain(c.contact.id);
    const request = await registerRequest(db, ctx, {
      type: "access",
      receivedAt: new Date(),
      channel: "email",
      requesterName: c.firstName,
      requesterEmail: c.email,
    });
    await linkRequestContact(db, ctx, { requestId: request.id, contactId: c.contact.id });
    await linkRequestContact(db, ctx, { requestId: request.id, contactId: c.contact.id }); // idempotent
    expect(await db.requestContact.count({ where: { requestId: request.id } })).toBe(1);
  });
});

describe("identity verification (AVG art. 12 lid 6)", () => {
  it("an unverified request cannot be executed, of any type, and nothing changes", async () => {
    const { db, ctx, user } = await officer();
    const c = await createPlainContact(db);
    const base = {
      receivedAt: daysAgo(1),
      channel: "email" as const,
      requesterName: c.firstName,
      requesterEmail: c.email,
      contactIds: [c.contact.id],
    };
    const erasure = await registerRequest(db, ctx, { ...base, type: "erasure" });
    const access = await registerRequest(db, ctx, { ...base, type: "access" });
    const restriction = await registerRequest(db, ctx, { ...base, type: "restriction" });
    const objection = await registerRequest(db, ctx, { ...base, type: "objection" });
    const rectification = await registerRequest(db, ctx, { ...base, type: "rectification" });
    await expect(executeErasure(db, ctx, { requestId: erasure.id })).rejects.toMatchObject({
      code: "UNLAWFUL",
      key: "requests.errors.notVerified",
    });
    await expect(executeDisclosure(db, ctx, { requestId: access.id, type: "access" })).rejects.toMatchObject({
      code: "UNLAWFUL",
    });
    await expect(
      executeRestriction(db, ctx, { requestId: restriction.id, reason: "Betwist juistheid" }),
    ).rejects.toMatchObject({ code: "UNLAWFUL" });
    await expect(
      executeObjection(db, ctx, { requestId: objection.id, scopes: ["direct_marketing"] }),
    ).rejects.toMatchObject({ code: "UNLAWFUL" });
    await expect(
      executeRectification(db, ctx, {
        requestId: rectification.id,
        contactId: c.contact.id,
        firstName: "Ander",
        lastName: c.lastName,
      }),
    ).rejects.toMatchObject({ code: "UNLAWFUL" });
    expect(await db.contact.findUnique({ where: { id: c.contact.id } })).toMatchObject({ firstName: c.firstName });
    expect(await db.restriction.count({ where: { contactId: c.contact.id } })).toBe(0);

    await verifyRequest(db, ctx, { requestId: erasure.id, method: "reply_from_known_email" });
    const verified = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: erasure.id } });
    expect(verified).toMatchObject({
      status: "verified",
      verificationMethod: "reply_from_known_email",
      verifiedById: user.id,
    });
    expect(verified.verifiedAt).toBeInstanceOf(Date);
    await expect(verifyRequest(db, ctx, { requestId: erasure.id, method: "other" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("extending the deadline (AVG art. 12 lid 3)", () => {
  it("allows 1 + 1 months within the first month, with a reason, and no more", async () => {
    const { db, ctx } = await officer();
    const receivedAt = daysAgo(10);
    const request = await registerRequest(db, ctx, {
      type: "access",
      receivedAt,
      channel: "email",
      requesterName: "Veel Data",
      requesterEmail: "veel@example.nl",
    });
    await expect(extendRequest(db, ctx, { requestId: request.id, months: 1, reason: "" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    const first = await extendRequest(db, ctx, {
      requestId: request.id,
      months: 1,
      reason: "Veel systemen te doorzoeken",
    });
    expect(first.dueAt).toEqual(computeDueAt(receivedAt, 1));
    const second = await extendRequest(db, ctx, {
      requestId: request.id,
      months: 1,
      reason: "Nog een archief gevonden",
    });
    expect(second.dueAt).toEqual(computeDueAt(receivedAt, 2));
    await expect(
      extendRequest(db, ctx, { requestId: request.id, months: 1, reason: "Nog langer graag" }),
    ).rejects.toMatchObject({
      code: "UNLAWFUL",
      fields: [
        expect.objectContaining({
          code: "extension_limit_reached",
          message: expect.stringContaining("AVG art. 12 lid 3"),
        }),
      ],
    });
    const stored = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored.extensionMonths).toBe(2);
    expect(stored.extensionReason).toContain("Nog een archief gevonden");
  });

  it("refuses an extension decided after the first month, or of three months at once", async () => {
    const { db, ctx } = await officer();
    const late = await registerRequest(db, ctx, {
      type: "access",
      receivedAt: daysAgo(40),
      channel: "email",
      requesterName: "Laat",
      requesterEmail: "laat@example.nl",
    });
    await expect(
      extendRequest(db, ctx, { requestId: late.id, months: 1, reason: "Te laat bedacht" }),
    ).rejects.toMatchObject({
      code: "UNLAWFUL",
      fields: [
        expect.objectContaining({
          code: "extension_window_closed",
          message: expect.stringContaining("AVG art. 12 lid 3"),
        }),
      ],
    });
    const fresh = await registerRequest(db, ctx, {
      type: "access",
      receivedAt: daysAgo(1),
      channel: "email",
      requesterName: "Vers",
      requesterEmail: "vers@example.nl",
    });
    await expect(
      extendRequest(db, ctx, { requestId: fresh.id, months: 3, reason: "Heel complex" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("restriction, objection and rectification take effect at once", () => {
  it("a restriction and an objection are rows with the request id, and the outreach rules deny at once", async () => {
    const { db, ctx } = await officer();
    const purpose = await createPurposeWithNotice(db, { channels: ["email", "sms", "phone", "post"] });
    const a = await createPlainContact(db);
    const b = await createPlainContact(db);
    const restriction = await createVerifiedRequest(db, ctx, "restriction", { contactIds: [a.contact.id] });
    const objection = await createVerifiedRequest(db, ctx, "objection", { contactIds: [b.contact.id] });
    await executeRestriction(db, ctx, { requestId: restriction.id, reason: "Betwist de juistheid van zijn gegevens" });
    await executeObjection(db, ctx, { requestId: objection.id, scopes: ["direct_marketing", "profiling"] });
    expect(await db.restriction.findFirst({ where: { contactId: a.contact.id } })).toMatchObject({
      requestId: restriction.id,
      liftedAt: null,
    });
    const objections = await db.objection.findMany({ where: { contactId: b.contact.id }, orderBy: { scope: "asc" } });
    expect(objections.map((o) => [o.scope, o.requestId])).toEqual([
      ["direct_marketing", objection.id],
      ["profiling", objection.id],
    ]);

    const ask = (contactId: string) =>
      decideForContact(db, { contactId, purposeKey: purpose.key, channel: "post", commercial: true });
    expect((await ask(a.contact.id)).decision).toMatchObject({
      decision: "deny",
      rule: expect.stringMatching(/restrict/),
    });
    expect((await ask(b.contact.id)).decision).toMatchObject({
      decision: "deny",
      rule: expect.stringMatching(/objection/),
    });
  });

  it("rectification changes the fields and the audit names the request and fields, not the values", async () => {
    const { db, ctx } = await officer();
    const c = await createPlainContact(db);
    const request = await createVerifiedRequest(db, ctx, "rectification", { contactIds: [c.contact.id] });
    const result = await executeRectification(db, ctx, {
      requestId: request.id,
      contactId: c.contact.id,
      firstName: "Gecorrigeerd",
      lastName: c.lastName,
      jobTitle: "Directeur",
      emails: [{ id: c.contact.emails[0].id, value: "Nieuw.Adres@Example.nl" }],
      phones: [{ id: c.contact.phones[0].id, value: "020 123 4567" }],
    });
    expect(result.changed).toEqual([
      "firstName",
      "jobTitle",
      `emailAddress:${c.contact.emails[0].id}`,
      `phoneNumber:${c.contact.phones[0].id}`,
    ]);
    const stored = await db.contact.findUniqueOrThrow({
      where: { id: c.contact.id },
      include: { emails: true, phones: true },
    });
    expect(stored).toMatchObject({ firstName: "Gecorrigeerd", jobTitle: "Directeur" });
    expect(stored.searchName.startsWith("gecorrigeerd")).toBe(true);
    expect(stored.emails[0]).toMatchObject({ address: "Nieuw.Adres@Example.nl", normalised: "nieuw.adres@example.nl" });
    expect(stored.phones[0].e164).toBe("+31201234567");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "contact.rectified", targetId: c.contact.id },
    });
    expect(audit.metadata).toMatchObject({ requestId: request.id });
    expect(JSON.stringify(audit.metadata)).not.toMatch(/Gecorrigeerd|nieuw\.adres|201234567/i);
  });
});

describe("closing and the list", () => {
  it("closes as answered only after execution; a refusal closes without; the list sorts by due date", async () => {
    const { db, ctx } = await officer();
    const answered = await createVerifiedRequest(db, ctx, "access", { receivedAt: daysAgo(25) });
    const letter = {
      outcome: "answered" as const,
      responseText: "Geachte heer, bijgaand het overzicht.",
      sentVia: "email" as const,
      sentAt: new Date(),
    };
    await expect(closeRequest(db, ctx, { requestId: answered.id, ...letter })).rejects.toMatchObject({
      key: "requests.errors.notExecuted",
    });
    await executeDisclosure(db, ctx, { requestId: answered.id, type: "access" });
    await closeRequest(db, ctx, { requestId: answered.id, ...letter });
    expect(await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: answered.id } })).toMatchObject({
      status: "closed",
      responseSentVia: "email",
    });
    await expect(executeDisclosure(db, ctx, { requestId: answered.id, type: "access" })).rejects.toMatchObject({
      key: "requests.errors.closed",
    });

    const refused = await registerRequest(db, ctx, {
      type: "erasure",
      receivedAt: daysAgo(3),
      channel: "email",
      requesterName: "Twijfel",
      requesterEmail: "twijfel@example.nl",
    });
    await closeRequest(db, ctx, { requestId: refused.id, ...letter, outcome: "rejected", sentVia: "post" });
    expect((await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: refused.id } })).status).toBe("rejected");

    const overdue = await registerRequest(db, ctx, {
      type: "access",
      receivedAt: daysAgo(45),
      channel: "email",
      requesterName: "Vergeten",
      requesterEmail: "vergeten@example.nl",
    });
    const soon = await registerRequest(db, ctx, {
      type: "access",
      receivedAt: daysAgo(27),
      channel: "email",
      requesterName: "Bijna",
      requesterEmail: "bijna@example.nl",
    });
    const list = await findRequests(db);
    const ids = list.open.map((r) => r.id);
    expect(ids.indexOf(overdue.id)).toBeLessThan(ids.indexOf(soon.id));
    expect(list.open.find((r) => r.id === overdue.id)?.deadline).toBe("overdue");
    expect(list.open.find((r) => r.id === soon.id)?.deadline).toBe("due_this_week");
    expect(list.closed.map((r) => r.id)).toEqual(expect.arrayContaining([answered.id, refused.id]));
    const due = list.open.map((r) => r.dueAt.getTime());
    expect(due).toEqual([...due].sort((x, y) => x - y));
  });
});
