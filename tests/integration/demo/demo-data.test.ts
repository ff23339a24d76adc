/**
 * The demo data (`npm run demo:seed`) is what people try the product with and what the benches
 * measure, so it must be data the product accepts as its own: it fits the current schema, it mixes
 * the cases the rules tell apart, and the engine decides every contact in it.
 */
import { describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { seedDemoData } from "../../../scripts/demo/demo-data";
import { summariseAudience } from "@/features/outreach";
import { getPurposeByKey } from "@/features/purposes";

describe("demo data", () => {
  it("seeds a realistic mix that every rule path of the engine can decide", async () => {
    const db = testDb();
    const seeded = await db.$transaction((tx) =>
      seedDemoData((sql, params = []) => tx.$queryRawUnsafe(sql, ...params), { contacts: 600 }),
    );
    expect(seeded.contacts).toBe(600);
    expect(await db.contact.count()).toBe(600);
    // A mix, not 600 copies of one case.
    expect(await db.consentRecord.count()).toBeGreaterThan(100);
    expect(await db.customerRelationship.count()).toBeGreaterThan(10);
    expect(await db.objection.count()).toBeGreaterThan(0);

    for (const key of seeded.purposes.slice(0, 2)) {
      const purpose = await getPurposeByKey(db, key);
      for (const channel of purpose.channels) {
        const summary = await summariseAudience(db, { purpose, channel, commercial: true, filter: {} });
        expect(summary.total).toBe(600);
        const rules = [...summary.included, ...summary.excluded].map((g) => g.rule);
        // Both outcomes occur, for more than one reason.
        expect(
          summary.included.length + summary.excluded.length,
          `${key}/${channel}: ${rules.join(", ")}`,
        ).toBeGreaterThan(2);
        expect(summary.excluded.length).toBeGreaterThan(0);
      }
    }
  });
});
