import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import {
  FIGURES_VERSION,
  coverageOfSnapshot,
  readDashboardSnapshot,
  refreshDashboardSnapshot,
} from "@/features/dashboard/services/dashboard-snapshot";
import { createContactWithConsent } from "../../factories/consents";
import { createPurpose } from "../../factories/outreach";

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

describe("the dashboard's stored figures", () => {
  // Each test starts from an installation that has never computed them (tests run in any order).
  beforeEach(async () => {
    await db.dashboardSnapshot.deleteMany();
  });

  it("are computed the first time, kept while fresh, and computed again when stale", async () => {
    const first = await readDashboardSnapshot(db);
    expect(first.computedAt.getTime()).toBeGreaterThan(0);

    const purpose = await createPurpose(db);
    await createContactWithConsent(db, purpose.key);
    // Fresh: the stored figures stay as they were (the new purpose is not in them yet).
    const kept = await refreshDashboardSnapshot(db);
    expect(kept!.computedAt).toEqual((await readDashboardSnapshot(db)).computedAt);

    const later = new Date(Date.now() + 11 * 60_000);
    const refreshed = await refreshDashboardSnapshot(db, { now: later });
    expect(refreshed!.computedAt).toEqual(later);
    expect(refreshed!.figures.contacts).toBe(await db.contact.count());
    // The new purpose is in them now, with every contact counted once (decided or not yet).
    const row = (await coverageOfSnapshot(db, refreshed!)).find((p) => p.id === purpose.id);
    expect(row!.rules.reduce((n, r) => n + r.count, 0) + row!.undecided).toBe(refreshed!.figures.contacts);
  });

  it("are computed again, however fresh, when an older version stored them in another shape", async () => {
    const purpose = await createPurpose(db);
    const first = await readDashboardSnapshot(db);
    const older = { contacts: 1, coverage: [{ purposeId: purpose.id, counts: { consent: 1, none: 0 } }] };
    await db.dashboardSnapshot.update({ where: { id: 1 }, data: { figures: older } });
    const read = await readDashboardSnapshot(db);
    expect(read.figures.version).toBe(FIGURES_VERSION);
    expect(read.computedAt.getTime()).toBeGreaterThanOrEqual(first.computedAt.getTime());
    const row = (await coverageOfSnapshot(db, read)).find((p) => p.id === purpose.id);
    expect(Array.isArray(row!.rules)).toBe(true);
  });

  it("are computed by one instance at a time: a running lease is respected", async () => {
    await readDashboardSnapshot(db);
    const at = new Date(Date.now() + 60 * 60_000);
    await db.dashboardSnapshot.update({ where: { id: 1 }, data: { refreshingUntil: new Date(at.getTime() + 60_000) } });
    const during = await refreshDashboardSnapshot(db, { now: at, maxAgeMs: 0 });
    expect(during!.computedAt.getTime()).toBeLessThan(at.getTime());
    await db.dashboardSnapshot.update({ where: { id: 1 }, data: { refreshingUntil: null } });
    const after = await refreshDashboardSnapshot(db, { now: at, maxAgeMs: 0 });
    expect(after!.computedAt).toEqual(at);
  });
});
