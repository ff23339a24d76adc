import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { loadFactRowsPerTable } from "@/features/outreach/services/load-fact-rows";
import { loadFactRowsOneTrip } from "@/features/outreach/services/load-fact-rows-one-trip";
import {
  createPurpose,
  createContactWithConsent,
  createContactWithWithdrawnConsent,
  createCustomerContact,
  createContactWithObjection,
} from "../../factories/outreach";

/** The one-trip loader (interactive decisions) and the per-table loader (audiences) must feed the
 *  engine exactly the same rows, or the same person could be decided differently in two places. */
describe("fact loaders", () => {
  it("return identical rows for the same contacts", async () => {
    const db = await getDb();
    const purpose = await createPurpose(db);
    const a = await createContactWithConsent(db, purpose.key, { phones: [{}], postal: true });
    const b = await createContactWithWithdrawnConsent(db, purpose.key);
    const c = await createCustomerContact(db);
    const d = await createContactWithObjection(db, purpose.key);
    const ids = [a.contact.id, b.contact.id, ("contact" in c ? c.contact : c).id, d.contact.id];
    const sort = <T extends { id: string }>(rows: T[]) => [...rows].sort((x, y) => x.id.localeCompare(y.id));
    const one = await loadFactRowsOneTrip(db, ids);
    const per = await loadFactRowsPerTable(db, ids);
    for (const key of Object.keys(per) as (keyof typeof per)[]) {
      const strip = (rows: Record<string, unknown>[]) =>
        sort(rows.map(({ createdAt: _c, ...r }) => r) as { id: string }[]);
      expect(strip(one[key] as never), key).toEqual(strip(per[key] as never));
    }
    expect(one.consents.length).toBeGreaterThanOrEqual(3);
  });
});
