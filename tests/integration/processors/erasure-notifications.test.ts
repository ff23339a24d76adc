/**
 * AVG art. 19 after an erasure: the processors to tell are those of the purposes the person's data
 * served, plus those serving every purpose; the privacy officer marks each as told, and that is
 * kept with who and when.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { saveProcessor } from "@/features/processors/services/save-processor";
import { findProcessorsToNotify } from "@/features/processors/services/find-processors-to-notify";
import { markProcessorNotified } from "@/features/processors/services/mark-processor-notified";
import { executeErasure } from "@/features/requests/services/execute-erasure";
import { getRequest } from "@/features/requests/services/get-request";
import { createContactWithConsent } from "../../factories/consents";
import { createContact } from "../../factories/contacts";
import { createPurposeWithNotice } from "../../factories/purposes";
import { createVerifiedRequest } from "../../factories/requests";
import { createStaffActor } from "../../factories/users";

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
const unique = (stem: string) => `${stem} ${Math.random().toString(36).slice(2, 8)}`;

async function processorsFor() {
  const officer = await createStaffActor(db, "privacy_officer");
  const newsletter = await createPurposeWithNotice(db);
  const events = await createPurposeWithNotice(db);
  const [mailer, eventTool, hosting, analytics] = await Promise.all([
    saveProcessor(db, officer, { name: unique("A Mailer"), location: "NL", purposeIds: [newsletter.id] }),
    saveProcessor(db, officer, { name: unique("B Event tool"), location: "NL", purposeIds: [events.id] }),
    saveProcessor(db, officer, { name: unique("C Hosting"), location: "NL" }),
    saveProcessor(db, officer, { name: unique("D Analytics"), location: "NL", receivesContactData: false }),
  ]);
  return { officer, newsletter, events, mailer, eventTool, hosting, analytics };
}

describe("the processors to tell about an erasure", () => {
  it("are those of the purposes the person's data served, and those serving every purpose", async () => {
    const p = await processorsFor();
    const { contact } = await createContactWithConsent(db, p.newsletter.key);
    const listed = (await findProcessorsToNotify(db, [contact.id])).map((x) => x.id);
    expect(listed).toContain(p.mailer.id);
    expect(listed).toContain(p.hosting.id);
    expect(listed).not.toContain(p.eventTool.id);
    expect(listed).not.toContain(p.analytics.id);
    // Nobody held, nobody to tell.
    expect(await findProcessorsToNotify(db, [])).toEqual([]);
  });

  it("are fixed at execution, read before the records go, and each can be marked as told once", async () => {
    const p = await processorsFor();
    const { contact } = await createContactWithConsent(db, p.newsletter.key);
    const request = await createVerifiedRequest(db, p.officer, "erasure", { contactIds: [contact.id] });
    await executeErasure(db, p.officer, { requestId: request.id });

    const detail = await getRequest(db, request.id);
    const summary = detail.executionSummary as { processorsToNotify: { id: string }[] };
    const toTell = summary.processorsToNotify.map((x) => x.id);
    expect(toTell).toContain(p.mailer.id);
    expect(toTell).not.toContain(p.eventTool.id);
    expect(detail.processorNotifications).toEqual([]);

    const first = await markProcessorNotified(db, p.officer, { processorId: p.mailer.id, requestId: request.id });
    const again = await markProcessorNotified(db, p.officer, { processorId: p.mailer.id, requestId: request.id });
    expect(again.id).toBe(first.id);
    expect(
      await db.auditEvent.count({ where: { action: "processor.notified_of_erasure", targetId: p.mailer.id } }),
    ).toBe(1);
    const after = await getRequest(db, request.id);
    expect(after.processorNotifications).toEqual([
      { processorId: p.mailer.id, notifiedAt: first.notifiedAt, notifiedByName: expect.any(String) },
    ]);
  });

  it("a notification names exactly one erasure", async () => {
    const p = await processorsFor();
    const contact = await createContact(db);
    const request = await createVerifiedRequest(db, p.officer, "erasure", { contactIds: [contact.id] });
    await expect(markProcessorNotified(db, p.officer, { processorId: p.mailer.id })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(
      markProcessorNotified(db, p.officer, {
        processorId: p.mailer.id,
        requestId: request.id,
        retentionProposalId: request.id,
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
