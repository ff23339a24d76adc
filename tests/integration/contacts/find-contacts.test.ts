import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { findContacts } from "@/features/contacts/services/find-contacts";
import { createContact } from "@/features/contacts/services/create-contact";
import { withdrawConsent } from "@/features/consents/services/withdraw-consent";
import { recordConsent } from "@/features/consents/services/record-consent";
import { correctConsent } from "@/features/consents/services/correct-consent";
import { CONTACT_SORTS, type TFindContactsInput } from "@/features/contacts/schemas";
import { createPurposeWithNotice } from "../../factories/purposes";
import { createStaffActor } from "../../factories/users";
import { businessCardContactInput, uniq } from "../../factories/contacts";
import { businessCardConsent } from "../../factories/consents";

let ctx: Awaited<ReturnType<typeof createStaffActor>>;
const token = `acme${uniq()}`;
const ids: string[] = [];
let companyId: string;

beforeAll(async () => {
  const db = testDb();
  ctx = await createStaffActor(db, "sales");
  // 23 contacts at one company; last names repeat, so the id must break ties in the keyset.
  const lastNames = ["Jansen", "Jansen", "Jansen", "de Boer", "Bakker", "Visser", "Smit", "Jansen", "Mulder", "Bos"];
  for (let i = 0; i < 23; i++) {
    const c = await createContact(db, ctx, {
      ...businessCardContactInput({ firstName: `Piet${i}`, lastName: lastNames[i % lastNames.length] }),
      company: { name: `${token} Holding`, legalForm: "bv" },
      emails: [{ address: `p${i}.${token}@example.nl`, kind: "personal" }],
      source: i % 2 === 0 ? { type: "business_card" } : { type: "referral", detail: "Via Henk" },
    });
    ids.push(c.id);
  }
  companyId = (await db.contact.findUniqueOrThrow({ where: { id: ids[0] } })).companyId!;
});

async function allPages(input: TFindContactsInput) {
  const db = testDb();
  const seen: string[] = [];
  const cursors: (string | null)[] = [];
  let page = await findContacts(db, { ...input, limit: 5 });
  expect(page.prevCursor).toBeNull();
  for (let guard = 0; guard < 20; guard++) {
    seen.push(...page.rows.map((r) => r.id));
    cursors.push(page.prevCursor);
    if (!page.nextCursor) break;
    page = await findContacts(db, { ...input, limit: 5, after: page.nextCursor });
  }
  return { seen, last: page };
}

describe("findContacts (keyset pagination)", () => {
  for (const sort of CONTACT_SORTS) {
    it(`returns every row exactly once across pages, in order (${sort})`, async () => {
      const { seen } = await allPages({ companyId, sort });
      expect(seen).toHaveLength(23);
      expect(new Set(seen).size).toBe(23);
      expect(new Set(seen)).toEqual(new Set(ids));
      const one = await findContacts(testDb(), { companyId, sort, limit: 100 });
      expect(one.rows.map((r) => r.id)).toEqual(seen);
      expect(one.nextCursor).toBeNull();
    });
  }

  it("pages backwards to the same rows it came from", async () => {
    const db = testDb();
    const p1 = await findContacts(db, { companyId, limit: 5 });
    const p2 = await findContacts(db, { companyId, limit: 5, after: p1.nextCursor! });
    const p3 = await findContacts(db, { companyId, limit: 5, after: p2.nextCursor! });
    const back2 = await findContacts(db, { companyId, limit: 5, before: p3.prevCursor! });
    expect(back2.rows.map((r) => r.id)).toEqual(p2.rows.map((r) => r.id));
    const back1 = await findContacts(db, { companyId, limit: 5, before: back2.prevCursor! });
    expect(back1.rows.map((r) => r.id)).toEqual(p1.rows.map((r) => r.id));
    expect(back1.prevCursor).toBeNull();
  });

  it("treats a tampered cursor as the first page", async () => {
    const page = await findContacts(testDb(), { companyId, limit: 5, after: "bm9wZQ" });
    expect(page.rows).toHaveLength(5);
  });
});

describe("findContacts (search and filters)", () => {
  it("searches by first name, last name, company, e-mail prefix and phone in local form", async () => {
    const db = testDb();
    const u = uniq();
    const c = await createContact(db, ctx, {
      ...businessCardContactInput({ firstName: "Ëlla", lastName: `Zwart${u}` }),
      company: { name: `Zeilmakerij ${u}`, legalForm: "vof" },
      emails: [{ address: `ella.${u}@zeil.nl`, kind: "personal" }],
      phones: [{ number: "06 4123 9876", kind: "mobile" }],
    });
    const found = async (q: string) => (await findContacts(db, { q, limit: 50 })).rows.map((r) => r.id);
    expect(await found(`ella zwart${u}`)).toEqual([c.id]);
    expect(await found(`Zwart${u}`)).toEqual([c.id]);
    expect(await found(`zeilmakerij ${u}`)).toEqual([c.id]);
    expect(await found(`ELLA.${u}@`)).toEqual([c.id]);
    expect(await found("06 4123 98")).toContain(c.id);
    expect(await found("+31 6 41239876")).toContain(c.id);
    expect(await found(`${u}%`)).toEqual([]);
  });

  it("filters by source and by company", async () => {
    const db = testDb();
    const referrals = await findContacts(db, { companyId, source: "referral", limit: 100 });
    expect(referrals.rows).toHaveLength(11);
    expect(referrals.rows.every((r) => r.sourceType === "referral")).toBe(true);
  });

  it("filters by purpose status: given, withdrawn, none (a corrected-away consent does not count)", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db);
    const [given, withdrawn, invalidated, phoneOnlyWithdrawn] = ids;
    await recordConsent(db, ctx, given, businessCardConsent(purpose.key));
    // Withdrawn for phone only: still given by e-mail, so "given" (as the contact page shows it).
    await recordConsent(db, ctx, phoneOnlyWithdrawn, businessCardConsent(purpose.key));
    await withdrawConsent(db, ctx, phoneOnlyWithdrawn, { purpose: purpose.key, channels: ["phone"] });
    await recordConsent(db, ctx, withdrawn, businessCardConsent(purpose.key));
    await withdrawConsent(db, ctx, withdrawn, { purpose: purpose.key });
    const bad = await recordConsent(db, ctx, invalidated, businessCardConsent(purpose.key));
    await correctConsent(db, ctx, invalidated, {
      correctsId: bad.id,
      reason: "Vakje was vooraf aangevinkt",
      invalidate: true,
    });
    const status = async (purposeStatus: "given" | "withdrawn" | "none") =>
      (await findContacts(db, { companyId, purposeId: purpose.id, purposeStatus, limit: 100 })).rows.map((r) => r.id);
    expect((await status("given")).sort()).toEqual([given, phoneOnlyWithdrawn].sort());
    expect(await status("withdrawn")).toEqual([withdrawn]);
    const none = await status("none");
    expect(none).toHaveLength(20);
    expect(none).toContain(invalidated);
  });
});
