import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, type Db } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { logger } from "@/server/logger";
import { addMonths } from "@/domain/calendar";
import { runRetention, type DailyTerms } from "@/features/retention/services/run-retention";
import { setLegalHold } from "@/features/retention/services/set-legal-hold";
import { updateRetentionSettings } from "@/features/retention/services/update-retention-settings";
import { createContact } from "../../factories/contacts";

/**
 * Several app instances on one database each run the retention worker, and "Check now" can be
 * pressed while it runs. Runs started at the same moment must act as one: every contact erased at
 * most once, one proposal for the day, and no run failing (one of two used to fail: a deadlock, or
 * a proposal naming contacts the other run had just erased).
 * On PostgreSQL the runs' transactions really start together and the second finds the lock taken;
 * on the embedded database (one connection) they take turns, and the second finds the first's check.
 */
let db: Db;
const DEFAULTS = {
  retentionMonthsWithoutBasis: 24,
  retentionAutoErase: false,
  eraseWhenConsentOnlyWithdrawn: false,
  withdrawalGraceDays: 30,
};

beforeAll(async () => {
  db = await getDb();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await updateRetentionSettings(db, SYSTEM, DEFAULTS);
});

/** Contacts without any basis (past retention 25 months on), and one of them on legal hold. */
async function oldProspects(n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await createContact(db)).id);
  const held = (await createContact(db)).id;
  await setLegalHold(db, SYSTEM, { contactId: held, hold: true, reason: "Dispute about an invoice" });
  return { ids, held };
}

/** The daily worker's terms for a check that is due: none was done since this test began. */
const dueSince = (): DailyTerms => ({ unlessCheckedSince: new Date() });

const proposalsSince = (ids: Set<string>) =>
  db.retentionProposal.findMany({ where: { id: { notIn: [...ids] } }, orderBy: { createdAt: "asc" } });
const existingProposals = async () =>
  new Set((await db.retentionProposal.findMany({ select: { id: true } })).map((p) => p.id));
const erasures = (ids: string[]) =>
  db.auditEvent.groupBy({ by: ["targetId"], where: { action: "contact.erased", targetId: { in: ids } }, _count: true });
const checks = () => db.auditEvent.count({ where: { action: "retention.checked" } });

describe("retention runs at the same moment (several instances)", () => {
  it("with automatic erasure: one daily run erases each contact once, the other skips, neither fails", async () => {
    const { ids, held } = await oldProspects(40);
    await updateRetentionSettings(db, SYSTEM, { ...DEFAULTS, retentionAutoErase: true });
    const before = await existingProposals();
    const checksBefore = await checks();
    const later = addMonths(new Date(), 25);
    const terms = dueSince();
    const debug = vi.spyOn(logger, "debug");

    const results = await Promise.allSettled([
      runRetention(db, SYSTEM, later, terms),
      runRetention(db, SYSTEM, later, terms),
    ]);

    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    const done = results.map((r) => (r as PromiseFulfilledResult<unknown>).value);
    expect(done.filter((r) => r === null)).toHaveLength(1); // the second run skipped quietly
    // On PostgreSQL because the first held the lock; on the embedded one after its turn came.
    if (process.env.TEST_DATABASE_URL)
      expect(debug).toHaveBeenCalledWith("retention check skipped: another run is in progress", expect.anything());
    // (At least this test's contacts: tests run in random order, and another may have left some.)
    const ran = done.find((r) => r !== null)! as { erased: number };
    expect(ran.erased).toBeGreaterThanOrEqual(ids.length);
    expect(await db.contact.count({ where: { id: { in: ids } } })).toBe(0);
    expect(await db.contact.count({ where: { id: held } })).toBe(1);
    const erased = await erasures(ids);
    expect(erased).toHaveLength(ids.length);
    expect(erased.filter((e) => e._count !== 1)).toEqual([]);
    const proposals = await proposalsSince(before);
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({ status: "approved", erasedCount: ran.erased });
    expect(await checks()).toBe(checksBefore + 1);
  });

  it("without automatic erasure: one pending proposal for the day with every expired contact once", async () => {
    const { ids, held } = await oldProspects(30);
    const before = await existingProposals();
    const checksBefore = await checks();
    const later = addMonths(new Date(), 25);
    const terms = dueSince();

    const results = await Promise.allSettled([
      runRetention(db, SYSTEM, later, terms),
      runRetention(db, SYSTEM, later, terms),
    ]);

    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    const proposals = await proposalsSince(before);
    expect(proposals).toHaveLength(1);
    expect(proposals[0].status).toBe("pending");
    const candidates = await db.retentionCandidate.findMany({ where: { proposalId: proposals[0].id } });
    const proposed = candidates.map((c) => c.contactId);
    expect(proposed).toEqual(expect.arrayContaining(ids));
    expect(proposed).not.toContain(held);
    expect(new Set(proposed).size).toBe(proposed.length);
    expect(await db.retentionProposal.count({ where: { status: "pending" } })).toBe(1);
    expect(await db.contact.count({ where: { id: { in: ids } } })).toBe(ids.length); // nobody erased
    expect(await checks()).toBe(checksBefore + 1);
  });

  it("'Check now' pressed twice at once: the second waits its turn, nobody is erased twice, neither fails", async () => {
    const { ids } = await oldProspects(30);
    await updateRetentionSettings(db, SYSTEM, { ...DEFAULTS, retentionAutoErase: true });
    const before = await existingProposals();
    const later = addMonths(new Date(), 25);

    const results = await Promise.allSettled([runRetention(db, SYSTEM, later), runRetention(db, SYSTEM, later)]);

    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    const [first, second] = results
      .map((r) => (r as PromiseFulfilledResult<{ erased: number }>).value.erased)
      .sort((a, b) => a - b);
    expect(first).toBe(0); // the later run found them gone
    expect(second).toBeGreaterThanOrEqual(ids.length);
    const erased = await erasures(ids);
    expect(erased).toHaveLength(ids.length);
    expect(erased.filter((e) => e._count !== 1)).toEqual([]);
    expect(await proposalsSince(before)).toHaveLength(1);
  });
});
