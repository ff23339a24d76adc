import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { addMonths } from "@/domain/calendar";
import { runRetention } from "@/features/retention/services/run-retention";
import { approveProposal, rejectProposal } from "@/features/retention/services/decide-proposal";
import { setLegalHold } from "@/features/retention/services/set-legal-hold";
import { updateRetentionSettings } from "@/features/retention/services/update-retention-settings";
import { getRetentionOverview } from "@/features/retention/services/get-retention-overview";
import { saveProcessor } from "@/features/processors/services/save-processor";
import { markProcessorNotified } from "@/features/processors/services/mark-processor-notified";
import { isSuppressed } from "@/features/requests/services/suppress-identifiers";
import { createContact } from "../../factories/contacts";
import { createContactWithConsent, createContactWithWithdrawnConsent } from "../../factories/consents";
import { createCustomerContact, createPurpose } from "../../factories/outreach";
import { createStaffActor } from "../../factories/users";

let db: Db;
const DEFAULTS = {
  retentionMonthsWithoutBasis: 24,
  retentionAutoErase: false,
  eraseWhenConsentOnlyWithdrawn: false,
  withdrawalGraceDays: 30,
};

beforeAll(async () => {
  db = await getDb();
});
afterEach(async () => {
  await updateRetentionSettings(db, SYSTEM, DEFAULTS);
});

const exists = async (id: string) => (await db.contact.count({ where: { id } })) === 1;
const candidatesOf = async (proposalId: string | null) =>
  proposalId ? (await db.retentionCandidate.findMany({ where: { proposalId } })).map((c) => c.contactId) : [];
const suppressed = (address: string) => db.$transaction((tx) => isSuppressed(tx, address));

describe("the retention job", () => {
  it("proposes only prospects past retention, and erases on approval except those held since", async () => {
    const officer = await createStaffActor(db, "privacy_officer");
    const purpose = await createPurpose(db);
    const prospect = await createContact(db);
    const heldLater = await createContact(db);
    const held = await createContact(db);
    await setLegalHold(db, officer, { contactId: held.id, hold: true, reason: "Dispute about an invoice" });
    const { contact: consenting } = await createContactWithConsent(db, purpose.key);
    const customer = await createCustomerContact(db);
    const later = addMonths(new Date(), 25); // past the 24 months without basis

    const run = await runRetention(db, SYSTEM, later);
    const proposed = await candidatesOf(run.proposalId);
    expect(proposed).toEqual(expect.arrayContaining([prospect.id, heldLater.id]));
    for (const kept of [held.id, consenting.id, customer.contact.id]) expect(proposed).not.toContain(kept);
    expect(run.erased).toBe(0);
    expect(await exists(prospect.id)).toBe(true); // nothing erased without approval

    await setLegalHold(db, officer, { contactId: heldLater.id, hold: true, reason: "Court case" });
    const result = await approveProposal(db, officer, { proposalId: run.proposalId! }, later);
    expect(result.erased).toBeGreaterThanOrEqual(1);
    expect(await exists(prospect.id)).toBe(false);
    expect(await exists(heldLater.id)).toBe(true);
    expect(await exists(held.id)).toBe(true);
    expect(await exists(consenting.id)).toBe(true);
    expect(await suppressed(prospect.emails[0].address)).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "contact.erased", targetId: prospect.id } });
    expect(audit.metadata).toMatchObject({ retentionProposalId: run.proposalId, reason: "no_basis_inactive" });
    await expect(approveProposal(db, officer, { proposalId: run.proposalId! }, later)).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("keeps the processors to tell of the erasures (art. 19) on the run, and each can be marked as told", async () => {
    const officer = await createStaffActor(db, "privacy_officer");
    const name = `Hosting ${Math.random().toString(36).slice(2, 8)}`;
    const hosting = await saveProcessor(db, officer, { name, location: "NL" });
    await createContact(db); // a prospect without any basis
    const later = addMonths(new Date(), 25);
    const run = await runRetention(db, SYSTEM, later);
    await approveProposal(db, officer, { proposalId: run.proposalId! }, later);
    const proposal = await db.retentionProposal.findUniqueOrThrow({ where: { id: run.proposalId! } });
    expect(proposal.processorsToNotify).toEqual(expect.arrayContaining([{ id: hosting.id, name }]));

    await markProcessorNotified(db, officer, { processorId: hosting.id, retentionProposalId: run.proposalId! });
    const shown = (await getRetentionOverview(db)).history.find((h) => h.id === run.proposalId)!;
    expect(shown.processorsToNotify).toEqual(expect.arrayContaining([{ id: hosting.id, name }]));
    expect(shown.notifications).toEqual([
      expect.objectContaining({ processorId: hosting.id, notifiedByName: officer.name }),
    ]);
  });

  it("keeps everyone within retention, and a rejected proposal erases nobody", async () => {
    const officer = await createStaffActor(db, "privacy_officer");
    const fresh = await createContact(db);
    const soon = await runRetention(db, SYSTEM, addMonths(new Date(), 23));
    expect(await candidatesOf(soon.proposalId)).not.toContain(fresh.id);
    const later = await runRetention(db, SYSTEM, addMonths(new Date(), 25));
    expect(await candidatesOf(later.proposalId)).toContain(fresh.id);
    await rejectProposal(db, officer, { proposalId: later.proposalId! });
    expect(await exists(fresh.id)).toBe(true);
  });

  it("erases automatically when withdrawn consent was the only basis, after the grace period, if switched on", async () => {
    const purpose = await createPurpose(db);
    const { contact: withdrawn } = await createContactWithWithdrawnConsent(db, purpose.key);
    const { contact: withdrawnHeld } = await createContactWithWithdrawnConsent(db, purpose.key);
    await setLegalHold(db, SYSTEM, { contactId: withdrawnHeld.id, hold: true, reason: "Complaint pending" });
    const in40Days = new Date(Date.now() + 40 * 86_400_000);

    await runRetention(db, SYSTEM, in40Days); // switched off: nothing happens to them
    expect(await exists(withdrawn.id)).toBe(true);

    await updateRetentionSettings(db, SYSTEM, {
      ...DEFAULTS,
      eraseWhenConsentOnlyWithdrawn: true,
      withdrawalGraceDays: 60,
    });
    await runRetention(db, SYSTEM, in40Days); // within the grace period
    expect(await exists(withdrawn.id)).toBe(true);

    await updateRetentionSettings(db, SYSTEM, {
      ...DEFAULTS,
      eraseWhenConsentOnlyWithdrawn: true,
      withdrawalGraceDays: 30,
    });
    const run = await runRetention(db, SYSTEM, in40Days);
    expect(run.erased).toBeGreaterThanOrEqual(1);
    expect(await exists(withdrawn.id)).toBe(false);
    expect(await exists(withdrawnHeld.id)).toBe(true);
  });

  it("erases the whole proposal at once when automatic erasure is on, never a held contact", async () => {
    const prospect = await createContact(db);
    const held = await createContact(db);
    await setLegalHold(db, SYSTEM, { contactId: held.id, hold: true, reason: "Litigation" });
    await updateRetentionSettings(db, SYSTEM, { ...DEFAULTS, retentionAutoErase: true });
    const run = await runRetention(db, SYSTEM, addMonths(new Date(), 25));
    expect(run.erased).toBeGreaterThanOrEqual(1);
    expect(await exists(prospect.id)).toBe(false);
    expect(await exists(held.id)).toBe(true);
    expect(await db.retentionProposal.findUniqueOrThrow({ where: { id: run.proposalId! } })).toMatchObject({
      status: "approved",
    });
  });

  it("honours a purpose's own retention after a withdrawal", async () => {
    const purpose = await createPurpose(db);
    const { contact } = await createContactWithWithdrawnConsent(db, purpose.key);
    await updateRetentionSettings(db, SYSTEM, { ...DEFAULTS, purposeMonths: { [purpose.id]: 48 } });
    const run = await runRetention(db, SYSTEM, addMonths(new Date(), 30));
    expect(await candidatesOf(run.proposalId)).not.toContain(contact.id);
    const run2 = await runRetention(db, SYSTEM, addMonths(new Date(), 49));
    expect(await candidatesOf(run2.proposalId)).toContain(contact.id);
  });
});
