import { afterEach, describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { buildSecurityTxt } from "@/features/settings/services/security-txt";

/** The single settings row is shared: each test puts the controller address back as it found it. */
let original: string | null = null;
async function setControllerEmail(value: string) {
  const db = testDb();
  original ??= (await db.organisationSettings.findUniqueOrThrow({ where: { id: 1 } })).controllerEmail;
  await db.organisationSettings.update({ where: { id: 1 }, data: { controllerEmail: value } });
}
afterEach(async () => {
  if (original !== null)
    await testDb().organisationSettings.update({ where: { id: 1 }, data: { controllerEmail: original } });
  original = null;
});

describe("security.txt", () => {
  it("names the organisation's own address as contact, with the RFC 9116 fields", async () => {
    await setControllerEmail("privacy@bakkerij.example");
    const now = new Date("2026-03-10T12:00:00.000Z");
    const text = await buildSecurityTxt(testDb(), "https://crm.bakkerij.example", now);
    expect(text?.split("\n")).toEqual([
      "Contact: mailto:privacy@bakkerij.example",
      "Expires: 2026-09-06T12:00:00Z",
      "Preferred-Languages: nl, en",
      "Canonical: https://crm.bakkerij.example/.well-known/security.txt",
      "",
    ]);
  });

  it("has no file rather than an invented contact when none is set", async () => {
    await setControllerEmail("");
    expect(await buildSecurityTxt(testDb(), "https://crm.bakkerij.example")).toBeNull();
  });
});
