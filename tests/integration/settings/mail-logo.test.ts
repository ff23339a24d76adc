import { afterEach, describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { SYSTEM } from "@/server/audit/actor";
import { setMailLogo } from "@/features/settings/services/set-mail-logo";
import { getOutreachPolicy } from "@/features/outreach/services/get-outreach-settings";

// A 1x1 PNG.
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

afterEach(async () => {
  await testDb().organisationSettings.update({ where: { id: 1 }, data: { mailLogo: null, mailLogoType: null } });
});

/**
 * The settings row is read on every eligibility decision; the logo (up to 200 KB) must not travel
 * with it. Only a query that asks for the logo gets it (src/server/db/connect.ts).
 */
describe("the mail logo", () => {
  it("is left out of a settings read that does not ask for it, and given to one that does", async () => {
    const db = testDb();
    await setMailLogo(db, SYSTEM, { logo: { type: "image/png", base64: PNG } });

    const row = await db.organisationSettings.findUniqueOrThrow({ where: { id: 1 } });
    expect(row).not.toHaveProperty("mailLogo");
    expect(row.mailLogoType).toBe("image/png");

    const asked = await db.organisationSettings.findUniqueOrThrow({ where: { id: 1 }, select: { mailLogo: true } });
    expect(Buffer.from(asked.mailLogo!).toString("base64")).toBe(PNG);

    // The rules still read their settings from the same row.
    expect((await getOutreachPolicy(db)).settings.consentLifetimeDays).toBe(row.consentLifetimeDays);
  });
});
