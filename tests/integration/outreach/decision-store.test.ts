/**
 * The decision store answers the audience preview from stored engine answers. It may only ever
 * say what the engine says: on the demo data's mix of histories the preview from the store equals
 * the engine's own count for every purpose, channel, commercial flag and filter; any change of a
 * contact's facts drops that contact's stored answers in the same transaction (through the
 * database, whichever code made the change); and a change of settings or purposes makes every
 * stored answer stale at once.
 */
import { beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { CHANNELS } from "@/domain/vocabulary";
import { SYSTEM } from "@/server/audit/actor";
import type { Db } from "@/server/db";
import {
  forEachAudienceBatch,
  summariseAudience,
  type AudienceInput,
} from "@/features/outreach/services/decide-audience";
import { storeDecisions, decisionStoreStatus } from "@/features/outreach/services/store-decisions";
import { checkDecisionStore } from "@/features/outreach/services/check-decision-store";
import { findAllPurposes } from "@/features/purposes";
import { recordObjection } from "@/features/consents/services/record-objection";
import { recordChannelOptOut } from "@/features/consents/services/record-channel-opt-out";
import { suppressIdentifiers } from "@/features/requests/services/suppress-identifiers";
import { testDb } from "../../support/db";
import { seedDemoData } from "../../../scripts/demo/demo-data";
import { createContactWithConsent } from "../../factories/consents";
import { createContact } from "../../factories/contacts";
import { createPurpose } from "../../factories/outreach";

let db: Db;

/** The engine's own grouping, contact by contact: what the preview must equal. */
async function engineSummary(input: AudienceInput) {
  const groups = new Map<string, number>();
  await forEachAudienceBatch(db, input, (decisions) => {
    for (const { decision } of decisions)
      groups.set(
        `${decision.decision}:${decision.rule}`,
        (groups.get(`${decision.decision}:${decision.rule}`) ?? 0) + 1,
      );
  });
  return Object.fromEntries([...groups].sort());
}

async function previewSummary(input: AudienceInput) {
  const s = await summariseAudience(db, input);
  const groups = [
    ...s.included.map((g) => [`allow:${g.rule}`, g.count] as const),
    ...s.excluded.map((g) => [`deny:${g.rule}`, g.count] as const),
  ];
  return { groups: Object.fromEntries(groups.sort()), fromStore: s.fromStore, decidedNow: s.decidedNow };
}

async function storedRow(contactId: string) {
  return db.storedDecision.findUnique({ where: { contactId } });
}

beforeAll(async () => {
  db = testDb();
  await db.$transaction((tx) =>
    seedDemoData((sql, params = []) => tx.$queryRawUnsafe(sql, ...params), { contacts: 400 }),
  );
});

describe("the decision store", () => {
  it("answers every audience exactly as the engine does, from the store alone once it is filled", async () => {
    // The tests run in a random order: another one may have filled the store, or added contacts.
    const run = await storeDecisions(db, { batchSize: 150 });
    expect(run.done).toBe(true);
    const status = await decisionStoreStatus(db);
    expect(status.contacts).toBeGreaterThanOrEqual(400);
    expect(status.current).toBe(status.contacts);

    const filters: AudienceInput["filter"][] = [
      {},
      { legalForms: ["eenmanszaak", "none"] },
      { sourceTypes: ["event"] },
    ];
    for (const purpose of await findAllPurposes(db))
      for (const channel of CHANNELS)
        for (const commercial of [true, false])
          for (const filter of filters) {
            const input = { purpose, channel, commercial, filter, at: new Date() };
            const preview = await previewSummary(input);
            expect(preview.groups, `${purpose.key}/${channel}/${commercial}/${JSON.stringify(filter)}`).toEqual(
              await engineSummary(input),
            );
            expect(preview.decidedNow).toBe(0);
          }
    expect((await checkDecisionStore(db, { sample: 400 })).differences).toBe(0);
  });

  it("drops a contact's answers in the same transaction as any change to its facts", async () => {
    const purpose = await createPurpose(db, { channels: ["email", "phone"] });
    const { contact } = await createContactWithConsent(db, purpose.key, { contact: { phones: [{ kind: "mobile" }] } });
    const other = await createContact(db, { emails: [{ address: `twin-${contact.id}@example.test` }] });
    const changes: [string, () => Promise<unknown>][] = [
      [
        "an objection",
        () =>
          recordObjection(db, SYSTEM, contact.id, { scope: "profiling", receivedVia: "email", receivedAt: new Date() }),
      ],
      [
        "a channel opt-out",
        () => recordChannelOptOut(db, SYSTEM, contact.id, { channel: "phone", at: new Date(), via: "phone" }),
      ],
      // Straight SQL, as an operator's console would: the database itself drops the answers.
      [
        "a new source type",
        () => db.$executeRaw`UPDATE "Contact" SET "sourceType" = 'purchased_list' WHERE id = ${contact.id}::uuid`,
      ],
      [
        "the company's legal form",
        () =>
          db.$executeRaw`UPDATE "Company" SET "legalForm" = 'eenmanszaak' WHERE id = (SELECT "companyId" FROM "Contact" WHERE id = ${contact.id}::uuid)`,
      ],
    ];
    for (const [what, change] of changes) {
      await storeDecisions(db);
      expect(await storedRow(contact.id), `stored before ${what}`).not.toBeNull();
      await change();
      expect(await storedRow(contact.id), `dropped by ${what}`).toBeNull();
    }

    // An erasure puts the person's address on the suppression list: another contact with the same
    // address is suppressed from then on, so its answers go too.
    await storeDecisions(db);
    expect(await storedRow(other.id)).not.toBeNull();
    await db.$transaction((tx) => suppressIdentifiers(tx, [`twin-${contact.id}@example.test`], null));
    expect(await storedRow(other.id)).toBeNull();
  });

  it("mixes stored and fresh answers and still agrees with the engine after facts changed", async () => {
    await storeDecisions(db);
    const purposes = await findAllPurposes(db);
    const some = await db.contact.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: 40 });
    for (const { id } of some.filter((_, i) => i % 4 === 0))
      await recordObjection(db, SYSTEM, id, {
        scope: "direct_marketing",
        receivedVia: "email",
        receivedAt: new Date(),
      });
    for (const purpose of purposes.slice(0, 3))
      for (const channel of CHANNELS) {
        const input = { purpose, channel, commercial: true, filter: {}, at: new Date() };
        const preview = await previewSummary(input);
        expect(preview.decidedNow).toBe(10);
        expect(preview.groups).toEqual(await engineSummary(input));
      }
  });

  it("treats every stored answer as stale after a change of settings, and rebuilds them", async () => {
    await storeDecisions(db);
    const before = await decisionStoreStatus(db);
    expect(before.current).toBe(before.contacts);
    const { consentLifetimeDays } = await db.organisationSettings.findUniqueOrThrow({ where: { id: 1 } });
    // The database is shared with the test files that run after this one: the lifetime goes back.
    onTestFinished(() =>
      db.organisationSettings.update({ where: { id: 1 }, data: { consentLifetimeDays } }).then(() => {}),
    );
    await db.organisationSettings.update({ where: { id: 1 }, data: { consentLifetimeDays: 400 } });
    const after = await decisionStoreStatus(db);
    expect(after.basis).not.toBe(before.basis);
    expect(after.current).toBe(0);
    const [purpose] = await findAllPurposes(db);
    const input = { purpose, channel: "email" as const, commercial: true, filter: {}, at: new Date() };
    const preview = await previewSummary(input);
    expect(preview.fromStore).toBe(0);
    expect(preview.groups).toEqual(await engineSummary(input));
    await storeDecisions(db);
    expect((await decisionStoreStatus(db)).current).toBe(after.contacts);
    // Answers made after `input.at` do not speak for that earlier moment; for now, they do.
    expect((await previewSummary(input)).decidedNow).toBe(after.contacts);
    expect((await previewSummary({ ...input, at: new Date() })).decidedNow).toBe(0);
  });
});
