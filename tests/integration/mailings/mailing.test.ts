import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { recordObjection } from "@/features/consents/services/record-objection";
import { createMailing } from "@/features/mailings/services/create-mailing";
import { exportMailingCsv } from "@/features/mailings/services/export-mailing-csv";
import { createContact } from "../../factories/contacts";
import { createPurpose } from "../../factories/outreach";

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

describe("postal mailings", () => {
  it("exports the eligible addresses and stores the decision for every contact", async () => {
    const purpose = await createPurpose(db, { channels: ["post", "email"] });
    const marker = `Post${Date.now()}`;
    const ok = await createContact(db, { companyName: `${marker} BV`, postal: true, lastName: "=HYPERLINK(1)" });
    const objector = await createContact(db, { companyName: `${marker} BV`, postal: true });
    await recordObjection(db, SYSTEM, objector.id, { scope: "direct_marketing", receivedVia: "letter" });
    const noAddress = await createContact(db, { companyName: `${marker} BV` });

    const res = await createMailing(db, SYSTEM, {
      name: "Kerstkaart",
      purposeId: purpose.id,
      audience: { companyName: marker },
    });
    expect(res).toMatchObject({ included: 1, excluded: 2 });
    const rows = await db.campaignRecipient.findMany({ where: { campaignId: res.id } });
    const by = new Map(rows.map((r) => [r.contactId, r]));
    expect(by.get(ok.id)).toMatchObject({
      status: "sent",
      rule: "postal_legitimate_interest",
      contactPointId: ok.postalAddresses[0].id,
    });
    expect(by.get(objector.id)).toMatchObject({ status: "blocked", rule: "objection_direct_marketing" });
    expect(by.get(noAddress.id)).toMatchObject({ status: "blocked", rule: "no_contact_point" });
    expect(await db.campaign.findUniqueOrThrow({ where: { id: res.id } })).toMatchObject({
      channel: "post",
      status: "sent",
    });

    const file = await exportMailingCsv(db, SYSTEM, res.id);
    const lines = file.csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe("first_name,last_name,company,street,postal_code,city,country,rule,citation,art14_notice");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(ok.postalAddresses[0].street);
    expect(lines[1]).toContain("'=HYPERLINK(1)"); // neutralised against CSV injection
    expect(await db.auditEvent.count({ where: { action: "mailing.exported", targetId: res.id } })).toBe(1);
  });

  it("decides again when the file is made: who objected since is not printed, and is listed", async () => {
    const purpose = await createPurpose(db, { channels: ["post"] });
    const marker = `Late${Date.now()}`;
    const stays = await createContact(db, { companyName: `${marker} BV`, postal: true });
    const objectsLater = await createContact(db, { companyName: `${marker} BV`, postal: true });
    const res = await createMailing(db, SYSTEM, {
      name: "Voorjaar",
      purposeId: purpose.id,
      audience: { companyName: marker },
    });
    expect(res).toMatchObject({ included: 2, excluded: 0 });
    await recordObjection(db, SYSTEM, objectsLater.id, { scope: "direct_marketing", receivedVia: "phone" });

    const file = await exportMailingCsv(db, SYSTEM, res.id);
    expect(file.rows).toBe(1);
    // By last name, which is unique per test contact (the factory's street numbers can repeat).
    expect(file.csv).toContain(stays.lastName);
    expect(file.csv).not.toContain(objectsLater.lastName);
    expect(file.droppedOut).toEqual([
      expect.objectContaining({ contactId: objectsLater.id, rule: "objection_direct_marketing" }),
    ]);
    const row = await db.campaignRecipient.findFirstOrThrow({
      where: { campaignId: res.id, contactId: objectsLater.id },
    });
    expect(row).toMatchObject({ status: "blocked", rule: "objection_direct_marketing" });
  });

  it("refuses a purpose without post", async () => {
    const purpose = await createPurpose(db, { channels: ["email"] });
    await expect(createMailing(db, SYSTEM, { name: "x", purposeId: purpose.id })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});
