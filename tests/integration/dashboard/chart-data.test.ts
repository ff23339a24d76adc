import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { registerRequest } from "@/features/requests/services/register-request";
import { getOptInWeeks, getRequestDeadlines } from "@/features/dashboard/services/get-chart-data";
import { createContactWithConsent, createContactWithWithdrawnConsent } from "../../factories/consents";
import { createPurpose } from "../../factories/outreach";

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

describe("dashboard chart data", () => {
  it("puts this week's opt-ins and withdrawals in the last week of the series", async () => {
    const before = (await getOptInWeeks(db)).at(-1)!;
    const purpose = await createPurpose(db);
    await createContactWithConsent(db, purpose.key);
    await createContactWithWithdrawnConsent(db, purpose.key);
    const weeks = await getOptInWeeks(db);
    expect(weeks).toHaveLength(12);
    // The withdrawal factory back-dates to five days ago, which may fall in the previous week.
    expect(weeks.at(-1)!.granted).toBeGreaterThanOrEqual(before.granted);
    expect(weeks.reduce((s, w) => s + w.withdrawn, 0)).toBeGreaterThanOrEqual(1);
  });

  it("narrows opt-ins to the staff member who recorded them", async () => {
    const nobody = "00000000-0000-7000-8000-000000000000";
    const weeks = await getOptInWeeks(db, { recordedById: nobody });
    expect(weeks.every((w) => w.granted === 0 && w.withdrawn === 0)).toBe(true);
  });

  it("splits open requests by status against their deadlines", async () => {
    const before = await getRequestDeadlines(db);
    const input = {
      type: "access" as const,
      channel: "email" as const,
      requesterName: "Someone",
      requesterEmail: "someone@example.nl",
      contactIds: [],
    };
    await registerRequest(db, SYSTEM, { ...input, receivedAt: new Date(Date.now() - 40 * 86_400_000) });
    await registerRequest(db, SYSTEM, { ...input, receivedAt: new Date() });
    const after = await getRequestDeadlines(db);
    expect(after.map((r) => r.status)).toEqual(["received", "verified", "executed"]);
    expect(after[0].overdue).toBe(before[0].overdue + 1);
    expect(after[0].later).toBe(before[0].later + 1);
  });
});
