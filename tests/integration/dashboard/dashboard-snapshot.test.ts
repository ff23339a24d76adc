import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import {
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
    const row = (await coverageOfSnapshot(db, refreshed!)).find((p) => p.id === purpose.id);
    expect(row?.counts.consent).toBe(1);
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
