/**
 * Saved segments on a real database: create, rename, delete, each with its audit event in the same
 * transaction; a name clash (any case) refused at the name field; each added filter selects the
 * right contacts; a campaign made from a segment keeps a copy of its filter.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { countAudience } from "@/features/outreach";
import { createSegment, deleteSegment, updateSegment } from "@/features/segments/services/save-segment";
import { findSegments } from "@/features/segments/services/find-segments";
import { previewSegment } from "@/features/segments/services/preview-segment";
import { createCampaign } from "@/features/campaigns/services/create-campaign";
import { getCampaign } from "@/features/campaigns/services/get-campaign";
import { createContact, uniq } from "../../factories/contacts";
import { createContactWithConsent, createContactWithWithdrawnConsent, grantConsent } from "../../factories/consents";
import { createCustomerContact, createPurpose } from "../../factories/outreach";
import { daysAgo } from "../../factories/dates";
import { createStaffUser, userContext } from "../../factories/users";

let db: Db;
let ctx: AuditContext;

beforeAll(async () => {
  db = await getDb();
  const marketer = await createStaffUser(db, "marketer");
  ctx = userContext(marketer.id, "marketer");
});

const auditOf = (id: string) =>
  db.auditEvent.findMany({
    where: { targetType: "segment", targetId: id },
    orderBy: { seq: "asc" },
    select: { action: true },
  });

describe("segment service", () => {
  it("creates, updates and deletes a segment, each with its audit event", async () => {
    const name = `Klanten ${uniq()}`;
    const { id } = await createSegment(db, ctx, {
      name,
      description: "Wie nu klant is",
      filter: { customerState: "customer" },
    });
    expect(await db.segment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name,
      description: "Wie nu klant is",
      filter: { customerState: "customer" },
    });
    await updateSegment(db, ctx, { segmentId: id, name: `${name} (bouw)`, filter: { jobTitle: "uitvoerder" } });
    expect((await db.segment.findUniqueOrThrow({ where: { id } })).filter).toEqual({ jobTitle: "uitvoerder" });
    await deleteSegment(db, ctx, { segmentId: id });
    expect(await db.segment.findUnique({ where: { id } })).toBeNull();
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["segment.created", "segment.updated", "segment.deleted"]);
  });

  it("refuses a name that is taken in any case, at the name field, and writes nothing", async () => {
    const name = `Oud-klanten ${uniq()}`;
    await createSegment(db, ctx, { name });
    const before = await db.segment.count();
    await expect(createSegment(db, ctx, { name: name.toUpperCase() })).rejects.toMatchObject({
      code: "CONFLICT",
      fields: [{ field: "name", key: "segments.errors.nameTaken" }],
    });
    const other = await createSegment(db, ctx, { name: `Ander ${uniq()}` });
    await expect(
      updateSegment(db, ctx, { segmentId: other.id, name: ` ${name.toLowerCase()} ` }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.segment.count()).toBe(before + 1);
  });

  it("refuses a consent state without its purpose, naming the purpose field", async () => {
    await expect(
      createSegment(db, ctx, { name: `X ${uniq()}`, filter: { consentState: "granted" } }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });

  it("lists segments with their live count, by name or by last change", async () => {
    const marker = `Lijst${uniq()}`;
    await createContact(db, { companyName: `${marker} BV` });
    await createContact(db, { companyName: `${marker} BV` });
    const b = await createSegment(db, ctx, { name: `B ${marker}`, filter: { companyName: marker } });
    await createSegment(db, ctx, { name: `A ${marker}`, filter: { companyName: `${marker}-none` } });
    const byName = (await findSegments(db, "name")).filter((s) => s.name.endsWith(marker));
    expect(byName.map((s) => [s.name, s.count])).toEqual([
      [`A ${marker}`, 0],
      [`B ${marker}`, 2],
    ]);
    await updateSegment(db, ctx, { segmentId: b.id, name: `B ${marker}`, filter: { companyName: marker } });
    const byUpdate = (await findSegments(db, "updated")).filter((s) => s.name.endsWith(marker));
    expect(byUpdate[0].name).toBe(`B ${marker}`);
  });
});

describe("the added filters", () => {
  it("selects by job title part, case-insensitively", async () => {
    const marker = `Functie${uniq()}`;
    const spec = { companyName: `${marker} BV` };
    const buyer = await createContact(db, spec);
    await createContact(db, spec);
    await db.contact.update({ where: { id: buyer.id }, data: { jobTitle: "Hoofd Inkoop" } });
    expect(await countAudience(db, { companyName: marker, jobTitle: "inkoop" })).toBe(1);
    expect(await countAudience(db, { companyName: marker, jobTitle: "100%_" })).toBe(0);
  });

  it("tells current from former customers", async () => {
    const marker = `Klant${uniq()}`;
    const spec = { companyName: `${marker} BV` };
    await createCustomerContact(db, spec);
    await createCustomerContact(db, spec, { until: daysAgo(10) });
    await createContact(db, spec);
    expect(await countAudience(db, { companyName: marker, customerState: "customer" })).toBe(1);
    expect(await countAudience(db, { companyName: marker, customerState: "former_customer" })).toBe(1);
  });

  it("selects by the latest consent record for a purpose: granted, withdrawn or none", async () => {
    const marker = `Toestemming${uniq()}`;
    const spec = { companyName: `${marker} BV` };
    const purpose = await createPurpose(db);
    const other = await createPurpose(db);
    await createContactWithConsent(db, purpose.key, { contact: spec });
    await createContactWithWithdrawnConsent(db, purpose.key, { contact: spec });
    await createContactWithConsent(db, other.key, { contact: spec });
    // Withdrew five days ago and gave it again yesterday: the latest record is a grant.
    const regranted = await createContactWithWithdrawnConsent(db, purpose.key, { contact: spec });
    await grantConsent(db, regranted.contact.id, purpose.key, ["email"], daysAgo(1));
    const count = (consentState: "granted" | "withdrawn" | "none") =>
      countAudience(db, { companyName: marker, consentPurposeId: purpose.id, consentState });
    expect([await count("granted"), await count("withdrawn"), await count("none")]).toEqual([2, 1, 1]);
  });

  it("selects the contacts an import batch created", async () => {
    const marker = `Import${uniq()}`;
    const batchId = randomUUID();
    const imported = await createContact(db, { companyName: `${marker} BV` });
    await createContact(db, { companyName: `${marker} BV` });
    await db.contact.update({ where: { id: imported.id }, data: { importBatchId: batchId } });
    expect(await countAudience(db, { companyName: marker, importBatchId: batchId })).toBe(1);
  });

  it("selects by last activity: an edit, a consent event or a logged call since the date", async () => {
    const marker = `Actief${uniq()}`;
    const spec = { companyName: `${marker} BV` };
    const purpose = await createPurpose(db);
    const edited = await createContact(db, spec);
    const consented = await createContact(db, spec);
    const called = await createContact(db, spec);
    const quiet = await createContact(db, spec);
    const all = [edited.id, consented.id, called.id, quiet.id];
    // Consent records are append-only: this one is recorded as taking effect two days ago.
    await grantConsent(db, consented.id, purpose.key, ["email"], daysAgo(2));
    await db.$executeRaw`UPDATE "Contact" SET "updatedAt" = ${daysAgo(200)} WHERE id = ANY(${all}::uuid[])`;
    await db.$executeRaw`UPDATE "Contact" SET "updatedAt" = ${daysAgo(1)} WHERE id = ${edited.id}::uuid`;
    await db.callLog.create({ data: { contactId: called.id, outcome: "reached", at: daysAgo(3) } });
    expect(await countAudience(db, { companyName: marker, activeAfter: daysAgo(30) })).toBe(3);
    expect(await countAudience(db, { companyName: marker, activeAfter: daysAgo(300) })).toBe(4);
  });
});

describe("segments in use", () => {
  it("shows the rules' breakdown for a purpose and channel through the campaign preview's path", async () => {
    const marker = `Uitsplitsing${uniq()}`;
    const spec = { companyName: `${marker} BV` };
    const purpose = await createPurpose(db);
    await createContactWithConsent(db, purpose.key, { contact: spec });
    await createContactWithWithdrawnConsent(db, purpose.key, { contact: spec });
    const { id } = await createSegment(db, ctx, { name: marker, filter: { companyName: marker } });
    const { count, summary } = await previewSegment(db, id, {
      purposeId: purpose.id,
      channel: "email",
      commercial: true,
    });
    expect(count).toBe(2);
    expect(summary).toMatchObject({ total: 2, allowed: 1, denied: 1 });
    expect(summary?.excluded.map((g) => g.rule)).toEqual(["withdrawn"]);
    expect(summary?.excluded[0].citation).not.toBe("");
  });

  it("gives a campaign a copy of the segment's filter, which a later change does not touch", async () => {
    const marker = `Campagne${uniq()}`;
    const purpose = await createPurpose(db);
    const segment = await createSegment(db, ctx, {
      name: marker,
      filter: { companyName: marker, customerState: "customer" },
    });
    const { id } = await createCampaign(db, ctx, {
      name: marker,
      purposeId: purpose.id,
      commercial: true,
      subject: "Onderwerp",
      body: "Tekst",
      // The form's own filters are ignored once a segment is chosen; a forged segment label too.
      audience: { jobTitle: "ignored", segment: { id: randomUUID(), name: "forged" } },
      segmentId: segment.id,
    });
    await updateSegment(db, ctx, { segmentId: segment.id, name: marker, filter: { jobTitle: "changed" } });
    const campaign = await getCampaign(db, id);
    expect(campaign.audience).toEqual({
      companyName: marker,
      customerState: "customer",
      segment: { id: segment.id, name: marker },
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetType: "campaign", targetId: id } });
    expect(audit.metadata).toMatchObject({ segmentId: segment.id });
  });

  it("drops a segment label the form made up when no segment is chosen", async () => {
    const purpose = await createPurpose(db);
    const { id } = await createCampaign(db, ctx, {
      name: `Los ${uniq()}`,
      purposeId: purpose.id,
      commercial: true,
      subject: "Onderwerp",
      body: "Tekst",
      audience: { jobTitle: "inkoop", segment: { id: randomUUID(), name: "forged" } },
    });
    expect((await getCampaign(db, id)).audience).toEqual({ jobTitle: "inkoop" });
  });

  it("refuses a campaign from a segment that no longer exists, at the segment field", async () => {
    const purpose = await createPurpose(db);
    await expect(
      createCampaign(db, ctx, {
        name: `Weg ${uniq()}`,
        purposeId: purpose.id,
        commercial: true,
        subject: "Onderwerp",
        body: "Tekst",
        segmentId: randomUUID(),
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fields: [{ field: "segmentId" }] });
  });
});
