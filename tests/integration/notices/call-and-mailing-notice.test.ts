import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { getPurposeById } from "@/features/purposes";
import { getCallList } from "@/features/calls/services/get-call-list";
import { logCall } from "@/features/calls/services/log-call";
import { createMailing } from "@/features/mailings/services/create-mailing";
import { exportMailingCsv } from "@/features/mailings/services/export-mailing-csv";
import { getNoticeStatus } from "@/features/notices/services/get-notice-status";
import { createContact } from "../../factories/contacts";
import { createContactOwedNotice, createPurpose } from "../../factories/outreach";
import { createStaffUser, userContext } from "../../factories/users";

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const word = () => Math.random().toString(36).slice(2, 8);

describe("the call list's opening line (AVG art. 14 lid 3 sub b, by phone)", () => {
  it("shows the notice to say first, records it when the caller ticks it, and then no more", async () => {
    const purpose = await getPurposeById(db, (await createPurpose(db, { channels: ["phone"] })).id);
    const caller = await createStaffUser(db, "sales");
    const ctx = userContext(caller.id, "sales");
    const firstName = `Bel${word()}`;
    const owed = await createContactOwedNotice(db, {
      firstName,
      language: "nl",
      phones: [{ kind: "general" }],
      emails: [],
    });
    const own = await createContact(db, { firstName, phones: [{ kind: "general" }], emails: [] });
    const search = firstName.toLowerCase();

    const list = await getCallList(db, purpose, search);
    const entry = (id: string) => list.entries.find((e) => e.contactId === id)!;
    expect(entry(owed.id).decision).toMatchObject({ decision: "allow", obligations: ["art14_notice"] });
    expect(entry(owed.id).opening).toMatchObject({ language: "nl" });
    expect(entry(owed.id).opening!.nl).toContain("een doorverwijzing (Doorverwezen door Piet de Vries");
    expect(entry(owed.id).opening!.en).toContain("a referral (Doorverwezen door Piet de Vries");
    expect(entry(own.id).opening).toBeNull();

    const call = {
      contactId: owed.id,
      purposeId: purpose.id,
      phoneNumberId: owed.phones[0].id,
      noticeGiven: true,
    };
    // Nobody answered: nothing can have been said.
    await expect(logCall(db, ctx, { ...call, outcome: "no_answer" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: [{ field: "noticeGiven" }],
    });
    expect(await db.contactNotice.count({ where: { contactId: owed.id } })).toBe(0);

    const logged = await logCall(db, ctx, { ...call, outcome: "reached" });
    const notice = await db.contactNotice.findUniqueOrThrow({ where: { id: logged.noticeId! } });
    expect(notice).toMatchObject({
      contactId: owed.id,
      kind: "art14",
      channel: "phone",
      recordedVia: "call_list",
      recordedById: caller.id,
      callLogId: logged.callLogId,
    });
    expect(notice.text).toContain("Wij hebben uw zakelijke contactgegevens");
    const audit = await db.auditEvent.findMany({ where: { targetId: owed.id }, orderBy: { seq: "desc" }, take: 2 });
    expect(audit.map((e) => e.action).reverse()).toEqual(["call.logged", "notice.recorded"]);

    const after = await getCallList(db, purpose, search);
    expect(after.entries.find((e) => e.contactId === owed.id)!.opening).toBeNull();
    expect(await getNoticeStatus(db, owed.id)).toMatchObject({
      status: { state: "given", late: false },
      notices: [{ channel: "phone", recordedVia: "call_list", by: caller.name }],
    });
  });

  it("a call that reached the person without the notice makes it overdue at once", async () => {
    const purpose = await createPurpose(db, { channels: ["phone"] });
    const caller = await createStaffUser(db, "sales");
    const owed = await createContactOwedNotice(db, { phones: [{ kind: "general" }] });
    await logCall(db, userContext(caller.id, "sales"), {
      contactId: owed.id,
      purposeId: purpose.id,
      phoneNumberId: owed.phones[0].id,
      outcome: "call_back",
    });
    expect(await getNoticeStatus(db, owed.id)).toMatchObject({
      status: { state: "due", deadlineReason: "first_communication", overdue: true },
      notices: [],
    });
  });
});

describe("the print file of a postal mailing (AVG art. 14, by post)", () => {
  it("adds the notice for whoever is owed it, records it once, and repeats it in a second download", async () => {
    const marketer = await createStaffUser(db, "marketer");
    const ctx = userContext(marketer.id, "marketer");
    const purpose = await createPurpose(db, { channels: ["post"] });
    const marker = `Art14Post${Date.now()}`;
    const owed = await createContactOwedNotice(db, { companyName: `${marker} BV`, postal: true, language: "en" });
    const own = await createContact(db, { companyName: `${marker} BV`, postal: true });
    const mailing = await createMailing(db, ctx, {
      name: "Kerstkaart",
      purposeId: purpose.id,
      audience: { companyName: marker },
    });
    const stored = await db.campaignRecipient.findMany({ where: { campaignId: mailing.id } });
    expect(Object.fromEntries(stored.map((r) => [r.contactId, r.obligations]))).toEqual({
      [owed.id]: ["art14_notice"],
      [own.id]: [],
    });

    const read = async () => {
      const file = await exportMailingCsv(db, ctx, mailing.id);
      const rows: Record<string, string>[] = parse(file.csv.replace(/^\uFEFF/, ""), { columns: true });
      return Object.fromEntries(rows.map((r) => [r.last_name, r.art14_notice]));
    };
    const first = await read();
    expect(first[owed.lastName]).toContain("We did not get your business contact details");
    expect(first[owed.lastName]).toContain("a referral (Doorverwezen door Piet de Vries");
    expect(first[owed.lastName]).not.toContain("Wij hebben");
    expect(first[own.lastName]).toBe("");
    const notices = await db.contactNotice.findMany({ where: { campaignId: mailing.id } });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      contactId: owed.id,
      channel: "post",
      recordedVia: "mailing_export",
      recordedById: marketer.id,
      text: first[owed.lastName],
    });
    expect(await db.auditEvent.findMany({ where: { action: "notice.recorded", targetId: mailing.id } })).toMatchObject([
      { metadata: { count: 1, channel: "post", recordedVia: "mailing_export" } },
    ]);

    // Downloaded again (the first copy got lost): the same texts, nothing recorded twice.
    expect(await read()).toEqual(first);
    expect(await db.contactNotice.count({ where: { contactId: owed.id } })).toBe(1);

    // A later mailing: the person was told, so the letter carries no notice.
    const later = await createMailing(db, ctx, {
      name: "Voorjaar",
      purposeId: purpose.id,
      audience: { companyName: marker },
    });
    const file = await exportMailingCsv(db, ctx, later.id);
    const rows: Record<string, string>[] = parse(file.csv.replace(/^\uFEFF/, ""), { columns: true });
    expect(rows.map((r) => r.art14_notice)).toEqual(["", ""]);
  });
});
