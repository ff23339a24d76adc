import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { withdrawConsent } from "@/features/consents/services/withdraw-consent";
import { recordObjection } from "@/features/consents/services/record-objection";
import { liftRestriction, setRestriction } from "@/features/consents/services/set-restriction";
import { addCustomerRelationship } from "@/features/consents/services/add-customer-relationship";
import { recordLegalBasis } from "@/features/consents/services/record-legal-basis";
import { recordChannelOptOut } from "@/features/consents/services/record-channel-opt-out";
import { getContactTimeline } from "@/features/consents/services/get-contact-timeline";
import { getContact } from "@/features/contacts/services/get-contact";
import { AppError } from "@/server/errors";
import { createPurposeWithNotice } from "../../factories/purposes";
import { createStaffActor } from "../../factories/users";
import { createContactFromBusinessCard } from "../../factories/contacts";
import {
  businessCardConsent,
  createContactWithConsent,
  createContactWithWithdrawnConsent,
} from "../../factories/consents";

let sales: Awaited<ReturnType<typeof createStaffActor>>;
let officer: Awaited<ReturnType<typeof createStaffActor>>;
beforeAll(async () => {
  sales = await createStaffActor(testDb(), "sales", "Sanne Verkoop");
  officer = await createStaffActor(testDb(), "privacy_officer", "Olaf Privacy");
});

const codeOf = (e: unknown) => (e instanceof AppError ? e.code : String(e));
const fieldCodes = (e: unknown) => (e instanceof AppError ? e.fields.map((f) => f.code ?? f.key) : []);

describe("withdrawal, objections, restriction, relationships, bases", () => {
  it("withdrawal ends consent at once and keeps the grant as history", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db, { channels: ["email", "phone"] });
    const { contact, consent, withdrawal } = await createContactWithWithdrawnConsent(db, purpose.key, {
      ctx: sales,
      consent: businessCardConsent(purpose.key),
      withdrawal: {},
    });
    expect(await db.consentRecord.findUnique({ where: { id: consent.id } })).not.toBeNull();
    const stored = await db.consentRecord.findUniqueOrThrow({ where: { id: withdrawal.id } });
    expect(stored).toMatchObject({
      action: "withdrawn",
      method: "staff_recorded",
      channels: [],
      recordedById: sales.userId,
    });
    const details = await getContact(db, contact.id);
    const states = details?.consentStates
      .find((s) => s.purpose.key === purpose.key)
      ?.channels.map((c) => c.state.state);
    expect(states).toEqual(["withdrawn", "withdrawn"]);
  });

  it("withdrawal per channel leaves the other channels given", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db, { channels: ["email", "phone"] });
    const { contact } = await createContactWithConsent(db, purpose.key, {
      ctx: sales,
      consent: businessCardConsent(purpose.key),
    });
    await withdrawConsent(db, sales, contact.id, {
      purpose: purpose.key,
      channels: ["phone"],
      method: "verbal_phone",
      statement: "Bel me niet meer, mail is prima",
    });
    const details = await getContact(db, contact.id);
    const states = Object.fromEntries(
      details!.consentStates
        .find((s) => s.purpose.key === purpose.key)!
        .channels.map((c) => [c.channel, c.state.state]),
    );
    expect(states).toEqual({ email: "given", phone: "withdrawn" });
  });

  it("refuses a withdrawal dated in the future", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db);
    const { contact } = await createContactWithConsent(db, purpose.key, {
      ctx: sales,
      consent: businessCardConsent(purpose.key),
    });
    const error = await withdrawConsent(db, sales, contact.id, {
      purpose: purpose.key,
      at: new Date(Date.now() + 86_400_000),
    }).catch((e: unknown) => e);
    expect(fieldCodes(error)).toEqual(["inFuture"]);
  });

  it("records an objection, a restriction (set and lifted) and a channel opt-out, each with an audit entry and on the timeline", async () => {
    const db = testDb();
    const contact = await createContactFromBusinessCard(db, sales);
    await recordObjection(db, sales, contact.id, { scope: "direct_marketing", receivedVia: "phone" });
    const restriction = await setRestriction(db, officer, contact.id, {
      reason: "Betwist de juistheid van zijn gegevens (art. 18 lid 1 sub a)",
    });
    const twice = await setRestriction(db, officer, contact.id, { reason: "Nog een keer" }).catch((e: unknown) => e);
    expect(codeOf(twice)).toBe("CONFLICT");
    await liftRestriction(db, officer, contact.id, {
      restrictionId: restriction.id,
      reason: "Gegevens gecontroleerd en juist bevonden",
    });
    await recordChannelOptOut(db, sales, contact.id, { channel: "sms" });
    const actions = (await db.auditEvent.findMany({ where: { targetId: contact.id }, orderBy: { seq: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual([
      "contact.created",
      "objection.recorded",
      "restriction.set",
      "restriction.lifted",
      "channel_opt_out.recorded",
    ]);
    const timeline = await getContactTimeline(db, contact.id);
    expect(timeline.map((e) => e.kind).sort()).toEqual([
      "channel_opt_out",
      "objection",
      "restriction_lifted",
      "restriction_set",
    ]);
    expect(timeline.find((e) => e.kind === "objection")?.recordedBy).toBe("Sanne Verkoop");
    expect(timeline.find((e) => e.kind === "restriction_lifted")?.recordedBy).toBe("Olaf Privacy");
  });

  it("a customer relationship needs products and a start that has happened", async () => {
    const db = testDb();
    const contact = await createContactFromBusinessCard(db, sales);
    const error = await addCustomerRelationship(db, officer, contact.id, {
      since: new Date(Date.now() + 30 * 86_400_000),
      products: [],
      optOutOfferedAtCollection: true,
    }).catch((e: unknown) => e);
    expect(codeOf(error)).toBe("INVALID_INPUT");
    const ok = await addCustomerRelationship(db, officer, contact.id, {
      since: new Date("2024-01-15"),
      products: ["Broodmachines"],
      optOutOfferedAtCollection: true,
    });
    expect(ok.kind).toBe("ongoing");
  });

  it("legal bases: legitimate interest needs the balancing note; direct marketing never rests on a contract; consent needs a consent", async () => {
    const db = testDb();
    const marketing = await createPurposeWithNotice(db);
    const contact = await createContactFromBusinessCard(db, sales);
    const li = await recordLegalBasis(db, officer, contact.id, {
      purpose: marketing.key,
      basis: "legitimate_interest",
      balancingNote: "kort",
    }).catch((e: unknown) => e);
    expect(fieldCodes(li)).toEqual(["balancingNoteRequired"]);
    const contract = await recordLegalBasis(db, officer, contact.id, {
      purpose: marketing.key,
      basis: "contract",
    }).catch((e: unknown) => e);
    expect(codeOf(contract)).toBe("UNLAWFUL");
    expect(fieldCodes(contract)).toEqual(["basisNotForMarketing"]);
    const consent = await recordLegalBasis(db, officer, contact.id, { purpose: marketing.key, basis: "consent" }).catch(
      (e: unknown) => e,
    );
    expect(fieldCodes(consent)).toEqual(["basisConsentMissing"]);

    const note = "Bestaande klant verwacht productinformatie; lage impact; afmelden altijd mogelijk in elke mail.";
    const first = await recordLegalBasis(db, officer, contact.id, {
      purpose: marketing.key,
      basis: "legitimate_interest",
      balancingNote: note,
    });
    const second = await recordLegalBasis(db, officer, contact.id, {
      purpose: marketing.key,
      basis: "legitimate_interest",
      balancingNote: `${note} Herzien.`,
    });
    const ended = await db.legalBasisRecord.findUniqueOrThrow({ where: { id: first.id } });
    expect(ended.until?.toISOString()).toBe(second.since.toISOString());
    expect(await db.auditEvent.count({ where: { action: "legal_basis.recorded", targetId: contact.id } })).toBe(2);
  });

  it("consent as a basis is accepted while consent is given for at least one channel", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db, { channels: ["email", "phone"] });
    const { contact } = await createContactWithConsent(db, purpose.key, {
      ctx: sales,
      consent: businessCardConsent(purpose.key),
    });
    await withdrawConsent(db, sales, contact.id, { purpose: purpose.key, channels: ["phone"] });
    const basis = await recordLegalBasis(db, officer, contact.id, { purpose: purpose.key, basis: "consent" });
    expect(basis.basis).toBe("consent");
    await withdrawConsent(db, sales, contact.id, { purpose: purpose.key });
    const refused = await recordLegalBasis(db, officer, contact.id, { purpose: purpose.key, basis: "consent" }).catch(
      (e: unknown) => e,
    );
    expect(fieldCodes(refused)).toEqual(["basisConsentMissing"]);
  });

  it("services refuse a contact that does not exist", async () => {
    const db = testDb();
    const error = await recordObjection(db, sales, "00000000-0000-7000-8000-000000000000", {
      scope: "profiling",
      receivedVia: "email",
    }).catch((e: unknown) => e);
    expect(codeOf(error)).toBe("NOT_FOUND");
  });
});
