import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { createMailTransport } from "@/server/mail/gate";
import { SYSTEM } from "@/server/audit/actor";
import { createCampaign } from "@/features/campaigns/services/create-campaign";
import { queueCampaign } from "@/features/campaigns/services/queue-campaign";
import { runCampaigns } from "@/features/campaigns/services/run-campaigns";
import { registerBreach } from "@/features/breaches/services/register-breach";
import { recordNotification } from "@/features/breaches/services/record-notification";
import { assessBreach } from "@/features/breaches/services/assess-breach";
import { selectAffectedContacts } from "@/features/breaches/services/select-affected-contacts";
import { notifyAffectedContacts } from "@/features/breaches/services/notify-affected-contacts";
import { findBreaches, getBreach } from "@/features/breaches/services/find-breaches";
import { createContact } from "../../factories/contacts";
import { createContactWithConsent } from "../../factories/consents";
import { createPurpose } from "../../factories/outreach";
import { createStaffActor } from "../../factories/users";
import { startSmtpSink } from "../mail/smtp-sink";

let db: Db;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const HOUR = 3_600_000;

beforeAll(async () => {
  db = await getDb();
  sink = await startSmtpSink();
});
afterAll(() => sink.close());

const breachInput = (over: Record<string, unknown> = {}) => ({
  title: `Laptop lost ${Math.random().toString(36).slice(2, 8)}`,
  awareAt: new Date(Date.now() - 10 * HOUR),
  description: "A sales laptop with an export was stolen from a car.",
  dataCategories: ["contact_details" as const],
  subjectCategories: ["prospects" as const],
  risk: "high_risk" as const,
  ...over,
});

describe("breach register", () => {
  it("registers a breach with a running clock and an audit entry without personal data", async () => {
    const actor = await createStaffActor(db, "privacy_officer");
    const { id } = await registerBreach(db, actor, breachInput({ risk: "risk" }));
    const detail = await getBreach(db, id);
    expect(detail?.clock.state).toBe("running");
    expect(detail!.clock.deadline.getTime() - detail!.awareAt.getTime()).toBe(72 * HOUR);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "breach.registered", targetId: id } });
    expect(JSON.stringify(audit.metadata)).not.toContain("laptop");
  });

  it("demands the reasons when the initial notification is late, and takes supplements after it", async () => {
    const actor = await createStaffActor(db, "privacy_officer");
    const { id } = await registerBreach(db, actor, breachInput({ awareAt: new Date(Date.now() - 100 * HOUR) }));
    expect((await getBreach(db, id))?.clock.state).toBe("overdue");
    const initial = { breachId: id, phase: "initial" as const, sentAt: new Date(), summary: "Meldnummer volgt" };
    await expect(recordNotification(db, actor, initial)).rejects.toMatchObject({
      fields: [expect.objectContaining({ field: "lateReason" })],
    });
    await expect(recordNotification(db, actor, { ...initial, phase: "supplement" })).rejects.toMatchObject({
      fields: [expect.objectContaining({ field: "phase" })],
    });
    const res = await recordNotification(db, actor, { ...initial, lateReason: "Scope was unclear over the weekend" });
    expect(res.late).toBe(true);
    await recordNotification(db, actor, { ...initial, phase: "supplement", summary: "Number of people now known" });
    await expect(recordNotification(db, actor, initial)).rejects.toMatchObject({
      fields: [expect.objectContaining({ field: "phase" })],
    });
    const detail = await getBreach(db, id);
    expect(detail?.clock.state).toBe("notified_late");
    expect(detail?.lateReason).toBe("Scope was unclear over the weekend");
    expect(detail?.notifications.map((n) => n.phase)).toEqual(["initial", "supplement"]);
  });

  it("keeps a breach that needs no notification in the register, with the reasoning", async () => {
    const actor = await createStaffActor(db, "privacy_officer");
    await expect(registerBreach(db, actor, breachInput({ risk: "unlikely" }))).rejects.toMatchObject({
      fields: [expect.objectContaining({ field: "notNotifiedReason" })],
    });
    const { id } = await registerBreach(db, actor, breachInput({ risk: "risk" }));
    await assessBreach(db, actor, { breachId: id, risk: "unlikely", notNotifiedReason: "Encrypted disk, key safe" });
    const rows = await findBreaches(db);
    expect(rows.find((r) => r.id === id)?.clock.state).toBe("not_required");
  });
});

describe("affected people", () => {
  it("selects a campaign's recipients (not those the rules blocked) and mails each through SMTP, recorded", async () => {
    const actor = await createStaffActor(db, "privacy_officer");
    const marker = `Breach${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
    const purpose = await createPurpose(db);
    const reached = [];
    for (let i = 0; i < 3; i++)
      reached.push((await createContactWithConsent(db, purpose.key, { contact: { companyName: marker } })).contact);
    const blocked = await createContact(db, { companyName: marker });
    const { id: campaignId } = await createCampaign(db, SYSTEM, {
      name: marker,
      purposeId: purpose.id,
      commercial: true,
      subject: "News",
      body: "Body",
      audience: { companyName: marker },
    });
    await queueCampaign(db, SYSTEM, campaignId);
    await runCampaigns(db, createMailTransport(sink.url));
    const { id: breachId } = await registerBreach(db, actor, breachInput());

    const { added } = await selectAffectedContacts(db, actor, { breachId, mode: "campaign", campaignId });
    expect(added).toBe(3);
    const listed = await db.breachAffectedContact.findMany({ where: { breachId }, select: { contactId: true } });
    expect(listed.map((l) => l.contactId).sort()).toEqual(reached.map((c) => c.id).sort());
    expect(listed.map((l) => l.contactId)).not.toContain(blocked.id);
    // Selecting again adds nobody twice.
    expect((await selectAffectedContacts(db, actor, { breachId, mode: "campaign", campaignId })).added).toBe(0);

    const subject = `Datalek ${marker}`;
    const result = await notifyAffectedContacts(
      db,
      actor,
      { breachId, subject, text: "Wat er gebeurde en wat wij deden." },
      createMailTransport(sink.url),
    );
    expect(result).toEqual({ sent: 3, remaining: 0, withoutAddress: 0 });
    const mails = sink.received.filter((m) => m.headers.get("subject") === subject);
    expect(mails.flatMap((m) => m.to).sort()).toEqual(reached.map((c) => c.emails[0].address).sort());
    expect(mails[0].headers.get("x-grondslag-notice")).toBe("breach_notification");
    expect(mails[0].headers.has("list-unsubscribe")).toBe(false);
    expect(
      await db.auditEvent.count({
        where: { action: "breach.subject_notified", metadata: { path: ["breachId"], equals: breachId } },
      }),
    ).toBe(3);
    expect((await getBreach(db, breachId))?.subjectsNotified).toBe(3);

    // A second run sends nobody again.
    const again = await notifyAffectedContacts(
      db,
      actor,
      { breachId, subject, text: "x" },
      createMailTransport(sink.url),
    );
    expect(again.sent).toBe(0);
  });

  it("selects by a query over the data and refuses to mail people about a breach that is not high-risk", async () => {
    const actor = await createStaffActor(db, "privacy_officer");
    const purpose = await createPurpose(db);
    const { contact } = await createContactWithConsent(db, purpose.key);
    const other = await createContact(db);
    const { id: breachId } = await registerBreach(db, actor, breachInput({ risk: "risk" }));
    const { added } = await selectAffectedContacts(db, actor, { breachId, mode: "query", purposeId: purpose.id });
    expect(added).toBe(1);
    const ids = (await db.breachAffectedContact.findMany({ where: { breachId } })).map((r) => r.contactId);
    expect(ids).toEqual([contact.id]);
    expect(ids).not.toContain(other.id);
    await expect(selectAffectedContacts(db, actor, { breachId, mode: "query" } as never)).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(
      notifyAffectedContacts(db, actor, { breachId, subject: "s", text: "t" }, createMailTransport(sink.url)),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
