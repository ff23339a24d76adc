import { beforeAll, describe, expect, it } from "vitest";
import { ruleSetInForce } from "@/domain/outreach";
import { getDb, type Db } from "@/server/db";
import { getPurposeById } from "@/features/purposes/services/load-purpose";
import { getCallList } from "@/features/calls/services/get-call-list";
import { logCall } from "@/features/calls/services/log-call";
import { createContact } from "../../factories/contacts";
import { createContactWithConsent } from "../../factories/consents";
import { createCustomerContact, createPurpose } from "../../factories/outreach";

let db: Db;
const salesCtx = { actor: { type: "user" as const, id: "0190a000-0000-7000-8000-000000000001", role: "sales" } };

beforeAll(async () => {
  db = await getDb();
});

describe("call lists", () => {
  it("lists who may be called on which number and why, and 'don't call me again' takes them off at once", async () => {
    const purpose = await getPurposeById(db, (await createPurpose(db, { channels: ["phone", "email"] })).id);
    const tag = `zz${Date.now()}`;
    const consenting = (
      await createContactWithConsent(db, purpose.key, {
        contact: { firstName: tag, phones: [{ kind: "mobile" }], legalForm: "eenmanszaak" },
        channels: ["phone"],
      })
    ).contact;
    const switchboard = await createContact(db, {
      firstName: tag,
      phones: [{ kind: "general" }, { kind: "mobile" }],
      legalForm: "bv",
    });
    const customer = (
      await createCustomerContact(db, { firstName: tag, phones: [{ kind: "direct" }], legalForm: "vof" })
    ).contact;
    const noBasis = await createContact(db, { firstName: tag, phones: [{ kind: "mobile" }], legalForm: "eenmanszaak" });

    const list = await getCallList(db, purpose, tag);
    expect(list.total).toBe(4);
    expect(list.ruleSetVersion).toBe(ruleSetInForce(new Date()).version);
    const byId = new Map(list.entries.map((e) => [e.contactId, e]));
    expect(byId.get(consenting.id)).toMatchObject({ number: consenting.phones[0].e164, decision: { rule: "consent" } });
    expect(byId.get(switchboard.id)).toMatchObject({ kind: "general", decision: { rule: "switchboard_role" } });
    expect(byId.has(noBasis.id)).toBe(false);
    // Since 1 July 2026 a customer who is a natural person (here a vof) needs consent to be called.
    expect(byId.has(customer.id)).toBe(false);
    expect(list.excluded).toEqual(
      expect.arrayContaining([
        { rule: "no_consent", count: 1 },
        { rule: "customer_call_needs_consent", count: 1 },
      ]),
    );

    const entry = byId.get(consenting.id)!;
    const res = await logCall(db, salesCtx, {
      contactId: consenting.id,
      purposeId: purpose.id,
      phoneNumberId: entry.phoneNumberId,
      outcome: "do_not_call",
    });
    const call = await db.callLog.findUniqueOrThrow({ where: { id: res.callLogId } });
    expect(call).toMatchObject({
      outcome: "do_not_call",
      rule: "consent",
      calledById: salesCtx.actor.id,
      ruleSetVersion: ruleSetInForce(call.at).version,
    });
    expect(await db.objection.findUniqueOrThrow({ where: { id: res.objectionId! } })).toMatchObject({
      scope: "direct_marketing",
      receivedVia: "phone",
      recordedById: salesCtx.actor.id,
    });
    const after = await getCallList(db, purpose, tag);
    expect(after.entries.map((e) => e.contactId)).not.toContain(consenting.id);
    expect(after.excluded).toContainEqual({ rule: "objection_direct_marketing", count: 1 });
    const actions = (
      await db.auditEvent.findMany({ where: { targetId: consenting.id }, select: { action: true } })
    ).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["call.logged", "objection.recorded"]));
  });

  it("an exempt sector (a charity) still calls its customers, and the setting changes the list at once", async () => {
    const purpose = await getPurposeById(db, (await createPurpose(db, { channels: ["phone"] })).id);
    const tag = `zz${Date.now()}`;
    const customer = (
      await createCustomerContact(db, { firstName: tag, phones: [{ kind: "direct" }], legalForm: "eenmanszaak" })
    ).contact;
    const before = await getCallList(db, purpose, tag);
    expect(before.entries).toHaveLength(0);
    await db.organisationSettings.update({ where: { id: 1 }, data: { sector: "charity" } });
    try {
      const list = await getCallList(db, purpose, tag);
      expect(list.entries.map((e) => [e.contactId, e.decision.rule])).toEqual([[customer.id, "existing_customer"]]);
      expect(list.entries[0].decision.ruleSetVersion).toBe("NL-2026-07-01");
    } finally {
      await db.organisationSettings.update({ where: { id: 1 }, data: { sector: "other" } });
    }
  });

  it('tells webhook subscribers about a "don\'t call me again", as every other objection (AVG art. 19)', async () => {
    const purpose = await getPurposeById(db, (await createPurpose(db, { channels: ["phone"] })).id);
    const c = await createContact(db, { phones: [{ kind: "general" }] });
    const endpoint = await db.webhookEndpoint.create({
      data: { url: "https://dialler.example.test/hook", events: ["objection.recorded"], secret: "d".repeat(32) },
    });
    const res = await logCall(db, salesCtx, {
      contactId: c.id,
      purposeId: purpose.id,
      phoneNumberId: c.phones[0].id,
      outcome: "do_not_call",
    });
    const deliveries = await db.webhookDelivery.findMany({ where: { endpointId: endpoint.id } });
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0].payload).toMatchObject({
      type: "objection.recorded",
      data: { contactId: c.id, objectionId: res.objectionId, scope: "direct_marketing" },
    });
    await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { active: false } });
  });

  it("logs an ordinary outcome without an objection, and refuses a number of someone else", async () => {
    const purpose = await getPurposeById(db, (await createPurpose(db, { channels: ["phone"] })).id);
    const c = await createContact(db, { phones: [{ kind: "general" }] });
    const other = await createContact(db, { phones: [{ kind: "general" }] });
    const res = await logCall(db, salesCtx, {
      contactId: c.id,
      purposeId: purpose.id,
      phoneNumberId: c.phones[0].id,
      outcome: "no_answer",
      notes: "Morgen opnieuw",
    });
    expect(res.objectionId).toBeNull();
    expect(await db.objection.count({ where: { contactId: c.id } })).toBe(0);
    await expect(
      logCall(db, salesCtx, {
        contactId: c.id,
        purposeId: purpose.id,
        phoneNumberId: other.phones[0].id,
        outcome: "reached",
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
