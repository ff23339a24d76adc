import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { art14MonthDeadline } from "@/domain/notices";
import { decideForContact } from "@/features/outreach";
import { recordNotice } from "@/features/notices/services/record-notice";
import { countNoticesDue, findNoticesDue } from "@/features/notices/services/find-notices-due";
import { MONTH_DEADLINE_SQL } from "@/features/notices/services/first-communication";
import { getNoticeStatus } from "@/features/notices/services/get-notice-status";
import { logCall } from "@/features/calls/services/log-call";
import {
  getOrganisationSettings,
  updateOrganisationSettings,
} from "@/features/settings/services/organisation-settings";
import { DEFAULT_ART14_NOTICE } from "@/domain/notices";
import { daysAgo } from "../../factories/dates";
import { createContact } from "../../factories/contacts";
import { createContactOwedNotice, createPurpose } from "../../factories/outreach";
import { createStaffUser, userContext } from "../../factories/users";

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

describe("recording a notice given (AVG art. 14)", () => {
  it("stores it with its audit entry, and the decisions stop carrying the obligation", async () => {
    const officer = await createStaffUser(db, "privacy_officer");
    const ctx = userContext(officer.id);
    const purpose = await createPurpose(db);
    const contact = await createContactOwedNotice(db, { postal: true });
    const ask = async () =>
      (
        await decideForContact(db, {
          contactId: contact.id,
          purposeKey: purpose.key,
          channel: "post",
          commercial: true,
        })
      ).decision;
    expect(await ask()).toMatchObject({ decision: "allow", obligations: ["art14_notice"] });

    const given = daysAgo(2);
    const notice = await recordNotice(db, ctx, contact.id, { kind: "art14", channel: "post", at: given });
    expect(notice).toMatchObject({ kind: "art14", channel: "post", givenAt: given, recordedVia: "user" });
    const [event] = await db.auditEvent.findMany({ where: { action: "notice.recorded", targetId: contact.id } });
    expect(event.metadata).toMatchObject({ noticeId: notice.id, kind: "art14", channel: "post", recordedVia: "user" });
    expect(await ask()).toMatchObject({ decision: "allow", obligations: [] });
    // Asked as the send gate knew it three days ago, the notice had not been given.
    const then = await decideForContact(db, {
      contactId: contact.id,
      purposeKey: purpose.key,
      channel: "post",
      commercial: true,
      at: daysAgo(3),
      knownAt: daysAgo(3),
    });
    expect(then.decision.obligations).toEqual(["art14_notice"]);
    expect(await getNoticeStatus(db, contact.id)).toMatchObject({
      status: { state: "given", givenAt: given, late: false },
      notices: [{ id: notice.id, channel: "post", recordedVia: "user", by: officer.name }],
    });
  });

  it("refuses a moment in the future or before the data was collected, naming `at`", async () => {
    const ctx = userContext((await createStaffUser(db)).id);
    const contact = await createContactOwedNotice(db); // collected ten days ago
    for (const at of [new Date(Date.now() + 86_400_000), daysAgo(11)])
      await expect(recordNotice(db, ctx, contact.id, { kind: "art14", channel: "email", at })).rejects.toMatchObject({
        code: "INVALID_INPUT",
        fields: [{ field: "at" }],
      });
    await expect(recordNotice(db, ctx, crypto.randomUUID(), { kind: "art14", channel: "email" })).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
    expect(await db.contactNotice.count({ where: { contactId: contact.id } })).toBe(0);
  });

  it("is append-only: the database refuses to change or delete a notice outside erasure", async () => {
    const ctx = userContext((await createStaffUser(db)).id);
    const contact = await createContactOwedNotice(db);
    const notice = await recordNotice(db, ctx, contact.id, { kind: "art14", channel: "phone" });
    await expect(db.contactNotice.update({ where: { id: notice.id }, data: { channel: "post" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.contactNotice.delete({ where: { id: notice.id } })).rejects.toThrow(/append-only/);
    await expect(db.contact.delete({ where: { id: contact.id } })).rejects.toThrow(/append-only/);
    expect(await db.contactNotice.findUnique({ where: { id: notice.id } })).not.toBeNull();
  });
});

describe("the privacy officer's list of notices due (AVG art. 14 lid 3)", () => {
  it("lists who is owed one, earliest deadline first, with overdue and due-soon apart", async () => {
    const before = await countNoticesDue(db);
    const caller = await createStaffUser(db, "sales");
    const purpose = await createPurpose(db, { channels: ["phone"] });
    const overdue = await createContactOwedNotice(db, { collectedAt: daysAgo(40) });
    const soon = await createContactOwedNotice(db, { collectedAt: daysAgo(27) });
    const open = await createContactOwedNotice(db, { collectedAt: daysAgo(3) });
    const called = await createContactOwedNotice(db, { collectedAt: daysAgo(5), phones: [{ kind: "general" }] });
    await logCall(db, userContext(caller.id, "sales"), {
      contactId: called.id,
      purposeId: purpose.id,
      phoneNumberId: called.phones[0].id,
      outcome: "reached",
    });
    const told = await createContactOwedNotice(db, { collectedAt: daysAgo(20) });
    await recordNotice(db, userContext(caller.id, "sales"), told.id, { kind: "art14", channel: "phone" });
    const ownData = await createContact(db, { sourceType: "business_card" });

    const after = await countNoticesDue(db);
    expect({
      total: after.total - before.total,
      overdue: after.overdue - before.overdue,
      dueSoon: after.dueSoon - before.dueSoon,
    }).toEqual({ total: 4, overdue: 2, dueSoon: 1 });

    const mine = new Set([overdue.id, soon.id, open.id, called.id, told.id, ownData.id]);
    const listed = [];
    for (let page = 1; ; page++) {
      const p = await findNoticesDue(db, page);
      expect(p.total).toBe(after.total);
      listed.push(...p.results);
      if (page >= p.pages) break;
    }
    // Sorted by deadline over the whole list, and each of ours where it belongs.
    const deadlines = listed.map((r) => r.deadline.getTime());
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
    const ours = listed.filter((r) => mine.has(r.contactId));
    expect(ours.map((r) => r.contactId)).toEqual([overdue.id, called.id, soon.id, open.id]);
    expect(ours.map((r) => [r.overdue, r.dueSoon, r.deadlineReason])).toEqual([
      [true, false, "one_month"],
      [true, false, "first_communication"],
      [false, true, "one_month"],
      [false, false, "one_month"],
    ]);
    expect(ours[0]).toMatchObject({
      sourceType: "referral",
      sourceDetail: overdue.sourceDetail,
      collectedAt: overdue.collectedAt,
      deadline: art14MonthDeadline(overdue.collectedAt),
    });
  });

  it("computes the month in SQL exactly as the rules do, across month ends and clock changes", async () => {
    const moments = [
      "2026-01-31T23:30:00Z", // 1 February in Amsterdam
      "2026-01-31T10:00:00Z",
      "2025-12-31T22:59:59.999Z",
      "2026-02-28T23:00:00Z", // 1 March in Amsterdam
      "2026-03-29T00:30:00Z", // the night summer time starts
      "2026-10-25T00:30:00Z", // the night it ends
      "2026-09-30T21:59:59.000Z",
    ].map((s) => new Date(s));
    for (const collectedAt of moments) {
      const contact = await createContactOwedNotice(db, { collectedAt });
      const [row] = await db.$queryRaw<{ deadline: Date }[]>`
        SELECT ${MONTH_DEADLINE_SQL} AS deadline FROM "Contact" c WHERE c.id = ${contact.id}::uuid`;
      expect(row.deadline.toISOString(), collectedAt.toISOString()).toBe(art14MonthDeadline(collectedAt).toISOString());
    }
  });
});

describe("the notice text in the settings", () => {
  it("stores the default as empty (it follows the product), and an own text as written", async () => {
    const officer = userContext((await createStaffUser(db)).id);
    const current = await getOrganisationSettings(db);
    const { updatedAt, ...input } = current;
    void updatedAt;
    try {
      await updateOrganisationSettings(db, officer, {
        ...input,
        art14NoticeNl: `  ${DEFAULT_ART14_NOTICE.nl}\n`,
        art14NoticeEn: "We got your details from {source}.",
      });
      expect(await getOrganisationSettings(db)).toMatchObject({
        art14NoticeNl: "",
        art14NoticeEn: "We got your details from {source}.",
      });
      const [event] = await db.auditEvent.findMany({
        where: { action: "settings.updated" },
        orderBy: { seq: "desc" },
        take: 1,
      });
      // Named as changed; the texts themselves are not copied into the trail.
      expect(event.metadata).toEqual({ changed: ["art14NoticeEn"], policy: {} });
    } finally {
      await db.organisationSettings.update({
        where: { id: 1 },
        data: { art14NoticeNl: current.art14NoticeNl, art14NoticeEn: current.art14NoticeEn },
      });
    }
  });
});
