import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { loadFactRowsPerTable, loadNoticeRows } from "@/features/outreach/services/load-fact-rows";
import {
  loadDecisionInputsOneTrip,
  loadFactAndNoticeRowsOneTrip,
  loadFactRowsOneTrip,
} from "@/features/outreach/services/load-fact-rows-one-trip";
import { contactsByIds } from "@/features/outreach/services/audience-query";
import { getOutreachPolicy } from "@/features/outreach/services/get-outreach-settings";
import {
  currentNoticeTextsJsonSql,
  findActivePurposes,
  findAllPurposes,
  getPurposeByKey,
  purposesJsonSql,
} from "@/features/purposes";
import {
  getOpenTracking,
  openTrackingFromRow,
  openTrackingJsonSql,
  setOpenTracking,
} from "@/features/settings/services/open-tracking";
import { recordNotice } from "@/features/notices/services/record-notice";
import { recordLegalBasis } from "@/features/consents/services/record-legal-basis";
import { recordChannelOptOut } from "@/features/consents/services/record-channel-opt-out";
import { liftRestriction } from "@/features/consents/services/set-restriction";
import { logCall } from "@/features/calls/services/log-call";
import { daysAgo } from "../../factories/dates";
import { createContact } from "../../factories/contacts";
import { createContactWithConsent, createContactWithWithdrawnConsent } from "../../factories/consents";
import {
  createPurpose,
  createCustomerContact,
  createContactWithObjection,
  createRestrictedContact,
  createContactOwedNotice,
} from "../../factories/outreach";
import { createPurposeWithTwoNoticeVersions } from "../../factories/purposes";
import { createStaffActor } from "../../factories/users";

/** The one-trip loader (interactive decisions) and the per-table loader (audiences) must feed the
 *  engine exactly the same rows, or the same person could be decided differently in two places.
 *  Every table they read has rows here, with every nullable column both set and empty. */
describe("fact loaders", () => {
  it("return identical rows for the same contacts, for every kind of fact row", async () => {
    const db = await getDb();
    const ids: string[] = [];
    const purpose = await createPurpose(db);
    const a = await createContactWithConsent(db, purpose.key, { contact: { phones: [{}], postal: true } });
    const b = await createContactWithWithdrawnConsent(db, purpose.key);
    const c = await createCustomerContact(db, {}, { until: daysAgo(30) });
    const d = await createContactWithObjection(db, purpose.key);
    const e = await createRestrictedContact(db, purpose.key);
    await liftRestriction(db, SYSTEM, e.contact.id, { restrictionId: e.restriction.id, reason: "Accuracy confirmed" });
    await createRestrictedContact(db, purpose.key).then((r) => ids.push(r.contact.id));
    const f = await createContact(db, {
      legalForm: "eenmanszaak",
      emails: [{ kind: "designated_commercial" }, { kind: "generic" }],
      phones: [{ kind: "direct" }, { kind: "general" }],
    });
    await recordLegalBasis(db, SYSTEM, f.id, {
      purpose: purpose.key,
      basis: "legitimate_interest",
      balancingNote: "Existing business contact; objection offered in every message.",
      since: daysAgo(100),
    });
    await recordLegalBasis(db, SYSTEM, a.contact.id, {
      purpose: purpose.key,
      basis: "legitimate_interest",
      balancingNote: "Event follow-up, for one year only.",
      since: daysAgo(300),
      until: daysAgo(20),
    });
    await recordChannelOptOut(db, SYSTEM, a.contact.id, { channel: "phone", at: daysAgo(1), via: "phone" });
    // A call that reached the person is a fact (the first call on a phone consent); one nobody
    // answered is not loaded at all.
    for (const outcome of ["reached", "no_answer"] as const)
      await logCall(db, SYSTEM, {
        contactId: a.contact.id,
        purposeId: purpose.id,
        phoneNumberId: a.contact.phones[0].id,
        outcome,
      });
    ids.push(a.contact.id, b.contact.id, c.contact.id, d.contact.id, e.contact.id, f.id);

    const sort = <T extends { id: string }>(rows: T[]) => [...rows].sort((x, y) => x.id.localeCompare(y.id));
    const one = await loadFactRowsOneTrip(db, ids);
    const per = await loadFactRowsPerTable(db, ids);
    expect(Object.keys(one).sort()).toEqual(Object.keys(per).sort());
    for (const key of Object.keys(per) as (keyof typeof per)[]) {
      const strip = (rows: Record<string, unknown>[]) =>
        sort(rows.map(({ createdAt: _c, ...r }) => r) as { id: string }[]);
      // Each table has rows, so an agreement between two empty lists cannot pass for a check.
      expect((per[key] as unknown[]).length, key).toBeGreaterThan(0);
      expect(strip(one[key] as never), key).toEqual(strip(per[key] as never));
    }
    expect(one.consents.length).toBeGreaterThanOrEqual(6);
    expect(one.calls.map((c) => c.purposeKey)).toEqual([purpose.key]);
    expect(one.restrictions.some((r) => r.liftedAt !== null)).toBe(true);
    expect(one.restrictions.some((r) => r.liftedAt === null)).toBe(true);
  });

  it("read a single decision's rows and its art. 14 notices in one statement, the same as apart", async () => {
    const db = await getDb();
    const purpose = await createPurpose(db);
    const told = await createContactOwedNotice(db);
    const owed = await createContactOwedNotice(db);
    const consenting = await createContactWithConsent(db, purpose.key);
    await recordNotice(db, await createStaffActor(db, "privacy_officer"), told.id, { kind: "art14", channel: "post" });
    const ids = [told.id, owed.id, consenting.contact.id];

    const together = await loadFactAndNoticeRowsOneTrip(db, ids);
    expect(together.rows).toEqual(await loadFactRowsOneTrip(db, ids));
    expect(together.notices).toEqual(await loadNoticeRows(db, ids));
    expect(together.notices.map((n) => n.contactId)).toEqual([told.id]);
  });

  it("read a single decision's contact, settings and purpose in the same statement, the same as apart", async () => {
    const db = await getDb();
    const purpose = await createPurpose(db);
    const owed = await createContactOwedNotice(db);
    const company = await createContact(db, { legalForm: "bv", emails: [{}] });
    const consenting = await createContactWithConsent(db, purpose.key, { contact: { phones: [{}] } });
    const ids = [owed.id, company.id, consenting.contact.id];

    const inputs = await loadDecisionInputsOneTrip(db, ids, purpose.key);
    expect(inputs.contacts).toEqual(await contactsByIds(db, ids));
    expect(inputs.contacts).toHaveLength(3);
    expect(inputs.policy).toEqual(await getOutreachPolicy(db));
    expect(inputs.purpose).toEqual(await getPurposeByKey(db, purpose.key));
    expect({ rows: inputs.rows, notices: inputs.notices }).toEqual(await loadFactAndNoticeRowsOneTrip(db, ids));
    expect(inputs.suppressionListed).toBe((await db.suppressionEntry.count()) > 0);
    // An unknown purpose or contact is simply absent; the caller answers 404.
    const none = await loadDecisionInputsOneTrip(db, ["00000000-0000-4000-8000-000000000000"], "no-such-purpose");
    expect([none.purpose, none.contacts]).toEqual([null, []]);
  });

  it("read what a caller shows beside the decision in the same statement, the same as apart", async () => {
    const db = await getDb();
    const purpose = await createPurposeWithTwoNoticeVersions(db, { channels: ["email"] });
    const archived = await createPurpose(db);
    await db.purpose.update({ where: { id: archived.id }, data: { active: false } });
    await setOpenTracking(db, SYSTEM, { enabled: true, purposeId: purpose.id, justification: "Opens per mailing." });
    const contact = await createContact(db, { emails: [{}, {}], phones: [{}], postal: true });

    const { also } = await loadDecisionInputsOneTrip(db, [contact.id], undefined, {
      purposes: { sql: purposesJsonSql(), read: (value: unknown) => value as { active: boolean }[] },
      notices: { sql: currentNoticeTextsJsonSql(), read: (value: unknown) => value as Record<string, { en: string }> },
      tracking: { sql: openTrackingJsonSql(), read: (value: unknown) => openTrackingFromRow(value as never) },
    });
    const all = await findAllPurposes(db);
    expect(also.purposes).toEqual([...all].sort((a, b) => (a.key < b.key ? -1 : 1)));
    expect(also.purposes.filter((p) => p.active)).toEqual(await findActivePurposes(db));
    const current = await db.purposeNotice.findMany({ orderBy: { version: "asc" } });
    expect(also.notices).toEqual(Object.fromEntries(current.map((n) => [n.purposeId, { nl: n.textNl, en: n.textEn }])));
    expect(also.notices[purpose.id].en).toBe("Version 2 of the text.");
    expect(also.tracking).toEqual(await getOpenTracking(db));
    expect(also.tracking.enabled).toBe(true);
  });
});
