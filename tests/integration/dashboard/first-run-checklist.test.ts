import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { createMailTransport } from "@/server/mail/gate";
import { getFirstRunChecklist } from "@/features/dashboard/services/get-first-run-checklist";
import { createCampaign } from "@/features/campaigns/services/create-campaign";
import { sendTestCampaign } from "@/features/campaigns/services/send-test-campaign";
import { createStaffActor } from "../../factories/users";
import { createContactWithConsent } from "../../factories/consents";
import { createPurposeWithNotice } from "../../factories/purposes";
import { startSmtpSink } from "../mail/smtp-sink";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.close());

const state = async () =>
  Object.fromEntries((await getFirstRunChecklist(testDb())).map((s) => [s.key, s.done] as const));

describe("first-run checklist", () => {
  // One test, in order: each step is ticked off by doing it for real, and only by that.
  it("ticks off each step from the data as it is done", async () => {
    const db = testDb();
    const before = await db.organisationSettings.findUnique({ where: { id: 1 } });
    try {
      await db.organisationSettings.update({
        where: { id: 1 },
        data: { organisationName: "", controllerEmail: "", controllerAddress: "" },
      });
      expect(await state()).toEqual({ controller: false, purposes: false, contacts: false, testCampaign: false });

      await db.organisationSettings.update({ where: { id: 1 }, data: { organisationName: "Voorbeeld BV" } });
      // Name alone is not enough: people must be able to reach the controller.
      expect(await state()).toMatchObject({ controller: false });
      await db.organisationSettings.update({
        where: { id: 1 },
        data: { controllerEmail: "privacy@voorbeeld.nl", controllerAddress: "Keizersgracht 1, 1015 AA Amsterdam" },
      });
      expect(await state()).toMatchObject({ controller: true, purposes: false });

      const purpose = await createPurposeWithNotice(db);
      await createContactWithConsent(db, purpose.key);
      expect(await state()).toMatchObject({ purposes: true, contacts: true, testCampaign: false });

      const marketer = await createStaffActor(db, "marketer");
      const { id } = await createCampaign(db, marketer, {
        name: "Proef",
        purposeId: purpose.id,
        commercial: true,
        subject: "Proef",
        body: "Hallo",
        audience: {},
      });
      await sendTestCampaign(db, marketer, id, createMailTransport(sink.url));
      expect(await state()).toEqual({ controller: true, purposes: true, contacts: true, testCampaign: true });
    } finally {
      if (before) await db.organisationSettings.update({ where: { id: 1 }, data: before });
    }
  });
});
