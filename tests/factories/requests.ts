/**
 * Factories for data-subject request tests, named by state. Plain contacts and requests go through
 * the real services. The rich "person with everything" inserts rows with Prisma directly: it must
 * reach every table a person can leave traces in with exact, known content (outbox bodies,
 * campaign recipients, call logs, webhook payloads, attachment bytes), several of which have no
 * service of their own.
 */
import { randomBytes, randomInt } from "node:crypto";
import type { Db } from "@/server/db";
import { SYSTEM, type AuditContext } from "@/server/audit/actor";
import { createContact } from "@/features/contacts/services/create-contact";
import type { LegalForm, RequestType } from "@/domain/vocabulary";
import { registerRequest } from "@/features/requests/services/register-request";
import { verifyRequest } from "@/features/requests/services/verify-request";
import { recordConsent } from "@/features/consents/services/record-consent";
import { sendWrittenConfirmation } from "@/features/consents/services/send-written-confirmation";
import { confirmByToken } from "@/features/consents/services/answer-written-confirmation";
import { pauseChannel } from "@/features/consents/services/pause-channel";
import { confirmSignup } from "@/features/signups/services/confirm-signup";
import { registerBreach } from "@/features/breaches/services/register-breach";
import { selectAffectedContacts } from "@/features/breaches/services/select-affected-contacts";
import { notifyAffectedContacts } from "@/features/breaches/services/notify-affected-contacts";
import { closeRequest } from "@/features/requests/services/close-request";
import { extendRequest } from "@/features/requests/services/extend-request";
import { createMailTransport } from "@/server/mail/gate";
import { tokenSigner } from "@/server/tokens/token-signer";
import { signConsentConfirmationToken } from "@/server/tokens/consent-confirmation-token";
import { signSignupConfirmToken } from "@/server/tokens/signup-token";
import { csvOf, importFile } from "./imports";
import { phoneConsentWithoutRecording } from "./phone-consent";
import { createPendingSignup, createSignupForm } from "./signups";
import { userContext } from "./users";
import { daysAgo } from "./dates";
import { createPurposeWithNotice } from "./purposes";

/** The in-app outbox: the mails the person got are stored copies the erasure must find. */
const outbox = createMailTransport(null);

/** Letters only, so that a scan for it cannot hit a uuid, a hash or a timestamp by accident. */
export function uniqueWord(length = 10): string {
  const letters = "bcdfghjklmnpqrstvwxz";
  let word = "";
  for (let i = 0; i < length; i++) word += letters[randomInt(letters.length)];
  return word[0].toUpperCase() + word.slice(1);
}

// +31 61-65 are mobile ranges; +31 66 (pagers) and 67 (data) would fail validation.
export const uniqueMobile = () => `+3162${String(randomInt(1_000_000, 9_999_999))}`;
export const uniqueLandline = () => `+3130${String(randomInt(1_000_000, 9_999_999))}`;

/**
 * A contact with one personal e-mail address and one mobile number, nothing else recorded,
 * created through the contacts service as the UI would.
 */
export async function createPlainContact(
  db: Db,
  over: {
    firstName?: string;
    lastName?: string;
    email?: string;
    phone?: string;
    legalForm?: LegalForm;
    companyName?: string;
  } = {},
) {
  const firstName = over.firstName ?? uniqueWord(7);
  const lastName = over.lastName ?? uniqueWord(9);
  const email = over.email ?? `${firstName}.${lastName}@example-${randomBytes(3).toString("hex")}.nl`.toLowerCase();
  const phone = over.phone ?? uniqueMobile();
  const companyName = over.companyName ?? `Bedrijf ${uniqueWord(6)}`;
  const created = await createContact(db, SYSTEM, {
    firstName,
    lastName,
    company: { name: companyName, legalForm: over.legalForm ?? "bv" },
    emails: [{ address: email, kind: "personal" }],
    phones: [{ number: phone, kind: "mobile" }],
    source: { type: "business_card", detail: "Beurs Utrecht, stand 12", collectedAt: daysAgo(200) },
  });
  const contact = await db.contact.findUniqueOrThrow({
    where: { id: created.id },
    include: { emails: true, phones: true, company: true },
  });
  return { contact, company: contact.company!, firstName, lastName, email, phone };
}

/**
 * A person who left traces in every table the product has, through every path by which their data
 * comes in: a business named after them (a one-person business by default, or a vof or maatschap),
 * two e-mail addresses, two phone numbers, a postal address, consents (granted with a scanned card
 * whose bytes contain their name, address and number; a correction; a withdrawal; a phone consent
 * confirmed in writing through the mailed link; one from a confirmed web sign-up), a sign-up never
 * confirmed, an imported file that names them, legal bases, a customer relationship, objection,
 * restriction, an opt-out of SMS and a pause of e-mail from the preference page, notes, a campaign
 * message with its stored body, a call log, an art. 14 notice, a webhook delivery, a breach
 * communicated to them by mail, and earlier requests (one closed with a letter, one extended).
 * Rows without a service of their own are inserted directly; the rest go through the services.
 */
export async function createPersonWithEverything(
  db: Db,
  staffId: string,
  over: { legalForm?: "eenmanszaak" | "vof" | "maatschap" } = {},
) {
  const ctx = userContext(staffId);
  const firstName = uniqueWord(8);
  const lastName = uniqueWord(11);
  const fullName = `${firstName} ${lastName}`;
  const domain = `${lastName.toLowerCase()}-advies.nl`;
  const emails = [
    `${firstName.toLowerCase()}@${domain}`,
    `${firstName.toLowerCase()}.${lastName.toLowerCase()}@gmail.com`,
  ];
  const phones = [uniqueMobile(), uniqueLandline()];
  const purpose = await createPurposeWithNotice(db, { channels: ["email", "sms", "phone", "post"] });
  const notice = await db.purposeNotice.findFirstOrThrow({ where: { purposeId: purpose.id, version: 1 } });
  const company = await db.company.create({
    data: {
      name: over.legalForm && over.legalForm !== "eenmanszaak" ? `${lastName} & Partners` : `${lastName} Advies`,
      legalForm: over.legalForm ?? "eenmanszaak",
      generalEmail: emails[0],
      generalPhone: phones[1],
      website: `https://${domain}`,
    },
  });
  const contact = await db.contact.create({
    data: {
      firstName,
      lastName,
      jobTitle: "Eigenaar",
      companyId: company.id,
      notes: `${fullName} wil graag in maart gebeld worden op ${phones[0]}`,
      sourceType: "business_card",
      sourceDetail: `Visitekaartje van ${fullName}, Vakbeurs Jaarbeurs`,
      collectedAt: daysAgo(300),
      collectedById: staffId,
      searchName: `${fullName} ${company.name}`.toLowerCase(),
      emails: {
        create: [
          { address: emails[0], normalised: emails[0], kind: "personal" },
          { address: emails[1], normalised: emails[1], kind: "personal" },
        ],
      },
      phones: {
        create: [
          { e164: phones[0], kind: "mobile" },
          { e164: phones[1], kind: "direct" },
        ],
      },
      postalAddresses: { create: { street: `${lastName}straat 7`, postalCode: "3511 AB", city: "Utrecht" } },
      contactNotes: {
        create: { body: `Gesprek met ${fullName} over offerte; mail naar ${emails[1]}`, authorId: staffId },
      },
    },
    include: { emails: true, phones: true },
  });
  const card = new TextEncoder().encode(`%PDF-1.4 business card: ${fullName}\n${emails[0]}\n${phones[0]}\n`);
  const granted = await db.consentRecord.create({
    data: {
      contactId: contact.id,
      purposeId: purpose.id,
      noticeId: notice.id,
      channels: ["email", "phone"],
      action: "granted",
      method: "business_card",
      effectiveAt: daysAgo(300),
      recordedById: staffId,
      location: "Jaarbeurs Utrecht, stand 4B",
      statement: `${firstName} zei: "stuur mij de nieuwsbrief op ${emails[0]}"`,
      grantorName: fullName,
      attachments: {
        create: {
          fileName: `kaartje-${lastName}.pdf`,
          mimeType: "application/pdf",
          size: card.length,
          sha256: "0".repeat(64),
          data: card,
        },
      },
    },
  });
  await db.consentRecord.create({
    data: {
      contactId: contact.id,
      purposeId: purpose.id,
      channels: ["email", "phone"],
      action: "granted",
      method: "business_card",
      effectiveAt: daysAgo(300),
      correctsId: granted.id,
      correctionReason: `Tijdstip gecorrigeerd door ${fullName} zelf`,
    },
  });
  await db.consentRecord.create({
    data: {
      contactId: contact.id,
      purposeId: purpose.id,
      channels: ["phone"],
      action: "withdrawn",
      method: "unsubscribe_link",
      effectiveAt: daysAgo(10),
      ip: "203.0.113.9",
    },
  });
  await db.legalBasisRecord.create({
    data: {
      contactId: contact.id,
      purposeId: purpose.id,
      basis: "legitimate_interest",
      balancingNote: `${fullName} is klant sinds 2020`,
      since: daysAgo(400),
    },
  });
  await db.customerRelationship.create({
    data: {
      contactId: contact.id,
      since: daysAgo(400),
      products: [`Adviespakket ${lastName}`],
      optOutOfferedAtCollection: true,
    },
  });
  await db.objection.create({
    data: { contactId: contact.id, scope: "profiling", receivedAt: daysAgo(20), receivedVia: `phone ${phones[0]}` },
  });
  // A consent given on the phone, confirmed in writing through the mailed link (evidence events
  // with the click's IP and user agent, the confirmation mail in the outbox).
  const phoneConsent = await recordConsent(
    db,
    ctx,
    contact.id,
    phoneConsentWithoutRecording(purpose.key, {
      evidence: { statement: `${firstName} zegt aan de telefoon: bel mij op ${phones[0]}`, noticeVersion: 1 },
    }),
  );
  await sendWrittenConfirmation(
    db,
    ctx,
    { contactId: contact.id, consentRecordId: phoneConsent.id },
    { transport: outbox },
  );
  await confirmByToken(db, signConsentConfirmationToken(tokenSigner(), { r: phoneConsent.id, c: contact.id }), {
    ip: "203.0.113.7",
    userAgent: `Mail van ${fullName}`,
  });
  // E-mail paused for three months from the preference page, with the click's IP and user agent.
  await pauseChannel(
    db,
    { actor: { type: "data_subject", id: contact.id } },
    contact.id,
    { channel: "email", until: new Date(Date.now() + 90 * 86_400_000), via: "preference_centre" },
    { web: { ip: "203.0.113.8", userAgent: `Browser van ${fullName}` } },
  );
  // Sign-ups on the website: one confirmed (it lands on this contact), one never confirmed.
  const form = await createSignupForm(db, [purpose.key]);
  const confirmed = await createPendingSignup(db, outbox, [purpose.key], {
    formId: form.id,
    email: emails[0],
    firstName,
    lastName,
    company: company.name,
  });
  await confirmSignup(db, signSignupConfirmToken(tokenSigner(), confirmed.id, 7), {
    ip: "203.0.113.9",
    userAgent: "Mozilla/5.0 (confirmation)",
  });
  await createPendingSignup(db, outbox, [purpose.key], { formId: form.id, email: emails[1], firstName, lastName });
  // An uploaded file that names them, imported into this contact (its stored bytes and outcomes).
  await importFile(
    db,
    ctx,
    csvOf([
      ["first_name", "last_name", "email", "phone", "job_title"],
      [firstName, lastName, emails[0], phones[0], `Eigenaar ${company.name}`],
    ]),
    { fileName: "beurslijst.csv" },
  );
  // A high-risk breach communicated to them by mail (AVG art. 34).
  const breach = await registerBreach(db, ctx, {
    title: "Verloren laptop",
    awareAt: new Date(),
    description: "Een laptop met een export van klantgegevens is verloren.",
    risk: "high_risk",
  });
  await selectAffectedContacts(db, ctx, { breachId: breach.id, mode: "query", purposeId: purpose.id });
  await notifyAffectedContacts(
    db,
    ctx,
    { breachId: breach.id, subject: `Datalek, ${firstName}`, text: `Beste ${fullName}, er is een datalek geweest.` },
    outbox,
  );
  // Earlier requests of theirs: one closed with a letter that addresses them by name, one extended.
  const closed = await createVerifiedRequest(db, ctx, "access", {
    contactIds: [contact.id],
    requesterName: fullName,
    requesterEmail: emails[0],
    receivedAt: daysAgo(20),
  });
  await closeRequest(db, ctx, {
    requestId: closed.id,
    outcome: "rejected",
    responseText: `Beste ${fullName}, wij konden uw identiteit niet vaststellen via ${phones[0]}.`,
    sentVia: "email",
    sentAt: new Date(),
  });
  const extended = await createVerifiedRequest(db, ctx, "portability", {
    requesterName: fullName,
    requesterPhone: phones[1],
    receivedAt: daysAgo(10),
  });
  await extendRequest(db, ctx, {
    requestId: extended.id,
    months: 1,
    reason: `Het dossier van ${lastName} is omvangrijk`,
  });
  await db.restriction.create({
    data: { contactId: contact.id, reason: `${fullName} betwist de juistheid`, setAt: daysAgo(5) },
  });
  await db.channelOptOut.create({
    data: { contactId: contact.id, channel: "sms", at: daysAgo(30), via: `sms from ${phones[0]}` },
  });
  const campaign = await db.campaign.create({
    data: { name: `Voorjaar ${uniqueWord(5)}`, purposeId: purpose.id, subject: "Nieuws", body: "Beste {firstName}," },
  });
  const recipient = await db.campaignRecipient.create({
    data: {
      campaignId: campaign.id,
      contactId: contact.id,
      toAddress: emails[0],
      status: "sent",
      decision: "allow",
      rule: "consent",
      evidence: [{ type: "consent", id: granted.id, to: emails[0] }],
      decidedAt: daysAgo(9),
      sentAt: daysAgo(9),
    },
  });
  await db.outboxMessage.create({
    data: {
      recipientId: recipient.id,
      contactId: contact.id,
      toAddress: emails[0],
      fromAddress: "news@grondslag.test",
      subject: `Nieuws voor ${firstName}`,
      text: `Beste ${fullName}, ...`,
      html: `<p>Beste ${fullName}</p>`,
      headers: { To: `${fullName} <${emails[0]}>` },
    },
  });
  // A confirmation mail kept before the address was linked to the contact (no contactId).
  await db.outboxMessage.create({
    data: {
      toAddress: emails[1].toUpperCase(),
      fromAddress: "news@grondslag.test",
      subject: "Bevestig uw inschrijving",
      text: "Klik op de link.",
    },
  });
  await db.callLog.create({
    data: {
      contactId: contact.id,
      phoneNumberId: contact.phones[0].id,
      purposeId: purpose.id,
      outcome: "reached",
      notes: `${firstName} belt terug via ${phones[1]}`,
      calledById: staffId,
    },
  });
  // A tag: not personal by itself, but the link to the person goes with them.
  const tag = await db.tag.upsert({
    where: { id: "00000000-0000-7000-8000-00000000a7a9" },
    update: {},
    create: { id: "00000000-0000-7000-8000-00000000a7a9", name: "Beurs 2026" },
  });
  await db.contactTag.create({ data: { contactId: contact.id, tagId: tag.id, addedById: staffId } });
  // The art. 14 information as it was said on the phone (the text can name the person's own source).
  await db.contactNotice.create({
    data: {
      contactId: contact.id,
      kind: "art14",
      channel: "phone",
      givenAt: daysAgo(8),
      recordedVia: "call_list",
      recordedById: staffId,
      text: `Wij hebben uw gegevens van het visitekaartje van ${fullName} (${phones[1]}).`,
    },
  });
  const endpoint = await db.webhookEndpoint.create({
    data: { url: "https://hooks.example.test/crm", events: ["contact.created"], secret: "s".repeat(32) },
  });
  await db.webhookDelivery.create({
    data: {
      endpointId: endpoint.id,
      event: "contact.created",
      payload: { contact: { id: contact.id, name: fullName, email: emails[0] } },
    },
  });
  return { contact, company, purpose, campaign, firstName, lastName, fullName, emails, phones };
}

/** A request registered and verified through the real services, ready to execute. */
export async function createVerifiedRequest(
  db: Db,
  ctx: AuditContext,
  type: RequestType,
  over: {
    contactIds?: string[];
    requesterName?: string;
    requesterEmail?: string;
    requesterPhone?: string;
    receivedAt?: Date;
  } = {},
) {
  const request = await registerRequest(db, ctx, {
    type,
    receivedAt: over.receivedAt ?? daysAgo(2),
    channel: "email",
    requesterName: over.requesterName ?? `Verzoeker ${uniqueWord(6)}`,
    requesterEmail: over.requesterEmail ?? `verzoeker-${randomBytes(3).toString("hex")}@example.nl`,
    requesterPhone: over.requesterPhone,
    contactIds: over.contactIds ?? [],
  });
  await verifyRequest(db, ctx, { requestId: request.id, method: "reply_from_known_email" });
  return request;
}
