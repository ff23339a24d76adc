import { describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { SYSTEM } from "@/server/audit/actor";
import { findContactBadges } from "@/features/contacts/services/find-contact-badges";
import { findContacts } from "@/features/contacts/services/find-contacts";
import { recordObjection } from "@/features/consents/services/record-objection";
import { setRestriction } from "@/features/consents/services/set-restriction";
import { addCustomerRelationship } from "@/features/consents/services/add-customer-relationship";
import { createContact, uniq } from "../../factories/contacts";
import { createContactWithConsent, createContactWithWithdrawnConsent, grantConsent } from "../../factories/consents";
import { createPurposeWithNotice } from "../../factories/purposes";
import { daysAgo } from "../../factories/dates";

/** One contact in each state, at one company no other test uses. */
async function onePerState() {
  const db = testDb();
  const company = `Badges${uniq()}`;
  const contact = { companyName: company };
  const [newsletter, events] = [await createPurposeWithNotice(db), await createPurposeWithNotice(db)];
  const given = (await createContactWithConsent(db, newsletter.key, { contact })).contact;
  const withdrawn = (await createContactWithWithdrawnConsent(db, newsletter.key, { contact })).contact;
  const objected = await createContact(db, contact);
  await recordObjection(db, SYSTEM, objected.id, { scope: "direct_marketing", receivedVia: "phone" });
  const restricted = await createContact(db, contact);
  await setRestriction(db, SYSTEM, restricted.id, { reason: "Accuracy contested by the person" });
  const customer = await createContact(db, contact);
  await addCustomerRelationship(db, SYSTEM, customer.id, {
    since: daysAgo(100),
    products: ["support"],
    optOutOfferedAtCollection: true,
  });
  const designated = await createContact(db, { ...contact, emails: [{ kind: "designated_commercial" }] });
  // Consent for one purpose, and later for another one too.
  const both = (await createContactWithConsent(db, newsletter.key, { contact })).contact;
  await grantConsent(db, both.id, events.key, ["email"], daysAgo(2));
  return { company, newsletter, events, given, withdrawn, objected, restricted, customer, designated, both };
}

describe("contact badges on the list", () => {
  it("say per purpose what each person agreed to, and what else governs them", async () => {
    const db = testDb();
    const s = await onePerState();
    const badges = await findContactBadges(
      db,
      [s.given, s.withdrawn, s.objected, s.restricted, s.customer, s.designated, s.both].map((c) => c.id),
    );
    const none = { customer: false, designated: false, objection: false, restricted: false };
    expect(badges.get(s.given.id)).toEqual({ ...none, purposes: [{ purposeId: s.newsletter.id, state: "given" }] });
    expect(badges.get(s.withdrawn.id)).toEqual({
      ...none,
      purposes: [{ purposeId: s.newsletter.id, state: "withdrawn" }],
    });
    expect(badges.get(s.objected.id)).toEqual({ ...none, objection: true, purposes: [] });
    expect(badges.get(s.restricted.id)).toEqual({ ...none, restricted: true, purposes: [] });
    expect(badges.get(s.customer.id)).toEqual({ ...none, customer: true, purposes: [] });
    expect(badges.get(s.designated.id)).toEqual({ ...none, designated: true, purposes: [] });
    expect(badges.get(s.both.id)?.purposes).toEqual([
      { purposeId: s.newsletter.id, state: "given" },
      { purposeId: s.events.id, state: "given" },
    ]);
  });

  it("cost the same two queries for a page of any length", async () => {
    const db = testDb();
    const s = await onePerState();
    const page = await findContacts(db, { q: s.company, limit: 200 });
    let queries = 0;
    const counting = db.$extends({
      query: {
        $allOperations: async ({ args, query }) => {
          queries++;
          return query(args);
        },
      },
    }) as unknown as typeof db;
    const badges = await findContactBadges(
      counting,
      page.rows.map((r) => r.id),
    );
    expect(badges.size).toBe(page.rows.length);
    expect(queries).toBe(2);
  });

  it("are also the list's filters", async () => {
    const db = testDb();
    const s = await onePerState();
    const ids = async (flag: "customer" | "designated" | "objection" | "restricted") =>
      (await findContacts(db, { q: s.company, flag })).rows.map((r) => r.id);
    expect(await ids("objection")).toEqual([s.objected.id]);
    expect(await ids("restricted")).toEqual([s.restricted.id]);
    expect(await ids("customer")).toEqual([s.customer.id]);
    expect(await ids("designated")).toEqual([s.designated.id]);
  });

  it("answer nothing for no contacts", async () => {
    expect((await findContactBadges(testDb(), [])).size).toBe(0);
  });
});
