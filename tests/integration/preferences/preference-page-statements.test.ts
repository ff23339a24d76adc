/**
 * The preference page is opened from every commercial mail, in bursts after a mailing, and each
 * statement a visit sends costs the server CPU of its own. It reads what the rules engine reads for
 * its decisions, and shows its switches, objections and pause from those same rows, in one
 * statement; the suppression list's entries are looked up in a second one only when the list is
 * not empty (their key is outside the database) and this instance holds no copy of the list at the
 * version the first statement read. The staff's eligibility grid reads the same way.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { tokenSigner } from "@/server/tokens/token-signer";
import { signPreferenceToken } from "@/server/tokens/preference-token";
import { getEligibility } from "@/features/outreach/services/get-eligibility";
import { readPreferences } from "@/features/preferences/services/read-preferences";
import { suppressionCopySettled } from "@/features/outreach/services/suppression-source";
import { setOpenTracking } from "@/features/settings/services/open-tracking";
import { createContactWithConsent } from "../../factories/consents";
import { suppressIdentifier } from "../../factories/contacts";
import { createPurposeWithNotice } from "../../factories/purposes";
import { countStatements } from "../../support/count-statements";

let db: Db;
let purposeKey: string;

beforeAll(async () => {
  db = await getDb();
  const purpose = await createPurposeWithNotice(db, { channels: ["email", "phone"] });
  purposeKey = purpose.key;
  await setOpenTracking(db, SYSTEM, { enabled: true, purposeId: purpose.id, justification: "Opens per mailing." });
});

// A contact with every kind of contact point, and two numbers (decided one by one).
const contactWithConsent = async () =>
  (await createContactWithConsent(db, purposeKey, { contact: { phones: [{}, {}], postal: true } })).contact;

describe("statements per visit of the preference page", () => {
  it("one while the suppression list is empty or copied, two once it changed; the staff's grid the same", async () => {
    const contact = await contactWithConsent();
    const token = signPreferenceToken(tokenSigner(), contact.id);
    const page = await countStatements(() => readPreferences(db, token));
    if (!page.result.ok) throw new Error(page.result.reason);
    expect(page.result.purposes.find((p) => p.key === purposeKey)?.consentOn).toBe(true);
    expect(page.result.openTracking?.purposeKey).toBe(purposeKey);
    expect(page.statements).toHaveLength(1);
    expect((await countStatements(() => getEligibility(db, contact.id))).statements).toHaveLength(1);

    await suppressIdentifier(db, `someone.erased.${Date.now()}@example.nl`);
    // The list changed: its entries are looked up (and a copy of the new version is read beside).
    expect((await countStatements(() => readPreferences(db, token))).statements.length).toBeGreaterThanOrEqual(2);
    await suppressionCopySettled();
    expect((await countStatements(() => readPreferences(db, token))).statements).toHaveLength(1);
    expect((await countStatements(() => getEligibility(db, contact.id))).statements).toHaveLength(1);
  });

  it("one for a contact that is not there (erased in the meantime)", async () => {
    const token = signPreferenceToken(tokenSigner(), randomUUID());
    const gone = await countStatements(() => readPreferences(db, token));
    expect(gone.result).toEqual({ ok: false, reason: "unknown" });
    expect(gone.statements).toHaveLength(1);
  });
});
