import { describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { requestReference } from "@/domain/requests";
import { createCampaign } from "@/features/campaigns/services/create-campaign";
import { getContactActivity } from "@/features/consents/services/get-contact-activity";
import { createContact } from "../../factories/contacts";
import { createPurposeWithNotice } from "../../factories/purposes";
import { createVerifiedRequest } from "../../factories/requests";
import { createStaffActor } from "../../factories/users";
import { daysAgo } from "../../factories/dates";

describe("the contact page's activity beside the consent history", () => {
  it("lists campaigns received, calls and linked requests, newest first, and nothing of other people", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db);
    const [person, other] = [await createContact(db), await createContact(db)];
    const sales = await createStaffActor(db, "sales");
    const po = await createStaffActor(db, "privacy_officer");
    const campaign = await createCampaign(db, po, {
      name: "Najaarsnieuws",
      purposeId: purpose.id,
      commercial: true,
      subject: "Nieuws",
      body: "Hallo",
      audience: {},
    });
    // The rows the campaign send and the call log write, as they stand after the fact.
    await db.campaignRecipient.create({
      data: { campaignId: campaign.id, contactId: person.id, status: "sent", sentAt: daysAgo(10) },
    });
    await db.campaignRecipient.create({
      data: { campaignId: campaign.id, contactId: other.id, status: "sent", sentAt: daysAgo(9) },
    });
    const call = await db.callLog.create({
      data: {
        contactId: person.id,
        outcome: "reached",
        notes: "Belt terug in mei",
        calledById: sales.userId,
        at: daysAgo(3),
      },
    });
    const request = await createVerifiedRequest(db, po, "access", { contactIds: [person.id], receivedAt: daysAgo(1) });

    const activity = await getContactActivity(db, person.id);
    expect(activity.map((a) => a.kind)).toEqual(["request", "call", "campaign"]);
    expect(activity[0]).toMatchObject({
      id: request.id,
      request: { reference: requestReference(request.id), type: "access", status: "verified" },
    });
    expect(activity[1]).toMatchObject({ id: call.id, call: { outcome: "reached", calledBy: sales.name } });
    expect(activity[2]).toMatchObject({ campaign: { name: "Najaarsnieuws", channel: "email" } });
  });

  it("leaves out a campaign that did not reach the person", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db);
    const person = await createContact(db);
    const po = await createStaffActor(db, "privacy_officer");
    const campaign = await createCampaign(db, po, {
      name: "Geblokkeerd",
      purposeId: purpose.id,
      commercial: true,
      subject: "Nieuws",
      body: "Hallo",
      audience: {},
    });
    await db.campaignRecipient.create({
      data: { campaignId: campaign.id, contactId: person.id, status: "blocked", rule: "no_consent" },
    });
    expect(await getContactActivity(db, person.id)).toEqual([]);
  });
});
