/**
 * "Every state change writes an audit entry in the same transaction" (AVG art. 5(2), 30: the
 * controller must be able to show what it did), checked for every state-changing service:
 *  1. with the audit write made to fail (a trigger, i.e. AFTER the service changed its rows), the
 *     call fails and the whole database is exactly as before: the change rolled back with it;
 *  2. the same call then succeeds, writes exactly the expected audit events, and changes state.
 * Every exported function of every file in src/features/<area>/services is either in CASES or in
 * NOT_IN_TABLE with the reason; a new service that is in neither fails this test.
 * The API adapters (src/features/<area>/api) are no services: they map shapes and call the services here.
 */
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { createApiKey } from "@/features/api-keys/services/create-api-key";
import { revokeApiKey } from "@/features/api-keys/services/revoke-api-key";
import { createCampaign } from "@/features/campaigns/services/create-campaign";
import { queueCampaign } from "@/features/campaigns/services/queue-campaign";
import { cancelScheduledCampaign, scheduleCampaign } from "@/features/campaigns/services/schedule-campaign";
import { exportCampaignCsv } from "@/features/campaigns/services/export-campaign-csv";
import { processReturnedMail } from "@/features/campaigns/services/process-returned-mail";
import { createSegment, deleteSegment, updateSegment } from "@/features/segments/services/save-segment";
import { tagContacts, untagContacts } from "@/features/tags/services/tag-contacts";
import { deleteTag, renameTag, setTagColour } from "@/features/tags/services/manage-tags";
import { setMailLogo } from "@/features/settings/services/set-mail-logo";
import { setOpenTracking } from "@/features/settings/services/open-tracking";
import { addCustomerRelationship } from "@/features/consents/services/add-customer-relationship";
import { correctConsent } from "@/features/consents/services/correct-consent";
import { recordChannelOptOut } from "@/features/consents/services/record-channel-opt-out";
import { pauseChannel, resumeChannel } from "@/features/consents/services/pause-channel";
import { recordLegalBasis } from "@/features/consents/services/record-legal-basis";
import { recordObjection } from "@/features/consents/services/record-objection";
import { liftRestriction, setRestriction } from "@/features/consents/services/set-restriction";
import { withdrawConsent } from "@/features/consents/services/withdraw-consent";
import { createContact as createContactService } from "@/features/contacts/services/create-contact";
import { updateContact } from "@/features/contacts/services/update-contact";
import { exportContactsCsv } from "@/features/contacts/services/export-contacts-csv";
import { createMailing } from "@/features/mailings/services/create-mailing";
import { recordNotice } from "@/features/notices/services/record-notice";
import { markProcessorNotified } from "@/features/processors/services/mark-processor-notified";
import { createPurpose as createPurposeService } from "@/features/purposes/services/create-purpose";
import { updatePurpose, updatePurposeNotice } from "@/features/purposes/services/update-purpose";
import { closeRequest } from "@/features/requests/services/close-request";
import { executeObjection } from "@/features/requests/services/execute-objection";
import { executeRestriction } from "@/features/requests/services/execute-restriction";
import { extendRequest } from "@/features/requests/services/extend-request";
import { linkRequestContact, unlinkRequestContact } from "@/features/requests/services/link-request-contact";
import { registerRequest } from "@/features/requests/services/register-request";
import { verifyRequest } from "@/features/requests/services/verify-request";
import { createUser } from "@/features/users/services/create-user";
import { changeUserRole, resetUserPassword, setUserActive } from "@/features/users/services/update-user";
import { createWebhookEndpoint } from "@/features/webhooks/services/create-webhook-endpoint";
import { setWebhookEndpointActive } from "@/features/webhooks/services/update-webhook-endpoint";
import { endSession } from "@/features/auth/services/end-session";
import { syncOfflineOptIn } from "@/features/opt-in/services/sync-offline-opt-in";
import { endUserSessions } from "@/features/users/services/end-user-sessions";
import { assessBreach } from "@/features/breaches/services/assess-breach";
import { notifyAffectedContacts } from "@/features/breaches/services/notify-affected-contacts";
import { recordNotification } from "@/features/breaches/services/record-notification";
import { registerBreach } from "@/features/breaches/services/register-breach";
import { selectAffectedContacts } from "@/features/breaches/services/select-affected-contacts";
import type { TRegisterBreachInput } from "@/features/breaches/schemas";
import { logCall } from "@/features/calls/services/log-call";
import { confirmByToken, declineByToken } from "@/features/consents/services/answer-written-confirmation";
import { getConsentAttachment } from "@/features/consents/services/get-attachment";
import { recordConsent } from "@/features/consents/services/record-consent";
import { sendWrittenConfirmation } from "@/features/consents/services/send-written-confirmation";
import { cancelImport } from "@/features/imports/services/cancel-import";
import { createImport } from "@/features/imports/services/create-import";
import { claimNextImport } from "@/features/imports/services/import-lease";
import { processImport, runImports } from "@/features/imports/services/process-import";
import { startImport } from "@/features/imports/services/start-import";
import { undoImport } from "@/features/imports/services/undo-import";
import { exportMailingCsv } from "@/features/mailings/services/export-mailing-csv";
import { changePreference } from "@/features/preferences/services/change-preference";
import { addSubProcessor } from "@/features/processors/services/add-sub-processor";
import { saveProcessor } from "@/features/processors/services/save-processor";
import { saveProcessingRecord } from "@/features/registers/services/save-processing-record";
import { buildPortabilityExport } from "@/features/requests/services/build-portability-export";
import { executeDisclosure } from "@/features/requests/services/execute-disclosure";
import { executeErasure } from "@/features/requests/services/execute-erasure";
import { executeRectification } from "@/features/requests/services/execute-rectification";
import { getAccessReport } from "@/features/requests/services/get-access-report";
import { rekeySuppressionList } from "@/features/requests/services/rekey-suppression-list";
import { approveProposal, rejectProposal } from "@/features/retention/services/decide-proposal";
import { runRetention } from "@/features/retention/services/run-retention";
import { setLegalHold } from "@/features/retention/services/set-legal-hold";
import { updateRetentionSettings } from "@/features/retention/services/update-retention-settings";
import {
  getOrganisationSettings,
  updateOrganisationSettings,
} from "@/features/settings/services/organisation-settings";
import { confirmSignup } from "@/features/signups/services/confirm-signup";
import { purgeUnconfirmedSignups } from "@/features/signups/services/purge-signups";
import { retryWebhookDelivery } from "@/features/webhooks/services/update-webhook-endpoint";
import { addMonths } from "@/domain/calendar";
import { createMailTransport } from "@/server/mail/gate";
import { tokenSigner } from "@/server/tokens/token-signer";
import { signConsentConfirmationToken } from "@/server/tokens/consent-confirmation-token";
import { signPreferenceToken } from "@/server/tokens/preference-token";
import { signSignupConfirmToken } from "@/server/tokens/signup-token";
import { businessCardConsent, PNG_1X1 } from "../../factories/consents";
import { csvOf, importFile } from "../../factories/imports";
import { phoneConsentWithoutRecording } from "../../factories/phone-consent";
import { createPendingSignup, createSignupForm, uniqueAddress } from "../../factories/signups";
import { daysAgo } from "../../factories/dates";
import { createContact } from "../../factories/contacts";
import { createContactWithConsent, grantConsent } from "../../factories/consents";
import { createContactOwedNotice, createPurpose, createRestrictedContact } from "../../factories/outreach";
import { createStaffUser, userContext } from "../../factories/users";
import { createVerifiedRequest } from "../../factories/requests";

let db: Db;
let ctx: AuditContext;
const root = path.resolve(import.meta.dirname, "../../..");
const word = () => randomBytes(4).toString("hex");
/** The in-app outbox: nothing leaves the machine, and the stored mail is a row like any other. */
const outbox = createMailTransport(null);
const RETENTION_DEFAULTS = {
  retentionMonthsWithoutBasis: 24,
  retentionAutoErase: false,
  eraseWhenConsentOnlyWithdrawn: false,
  withdrawalGraceDays: 30,
};
let settingsBefore: Awaited<ReturnType<typeof getOrganisationSettings>> | undefined;
/** Past the 24 months a contact without a basis is kept. */
const pastRetention = () => addMonths(new Date(), 25);

const breachInput = (): TRegisterBreachInput => ({
  title: `Laptop lost ${word()}`,
  awareAt: new Date(),
  description: "A laptop with an export was left on the train.",
  risk: "risk",
});

const uploadOf = (bytes: Buffer) => ({
  fileName: "contacts.csv",
  body: (async function* () {
    yield bytes;
  })(),
  sourceType: "event",
  sourceDetail: "Horecava 2026",
});

/** A consent given on the phone without a recording: weak until confirmed in writing. */
async function createContactWithPhoneConsent() {
  const purpose = await createPurpose(db);
  const contact = await createContact(db);
  const consent = await recordConsent(db, ctx, contact.id, phoneConsentWithoutRecording(purpose.key));
  return { contact, consent };
}

/**
 * A retention proposal for one contact, as the daily run leaves it. Written directly: the run
 * proposes everyone past retention in the whole database, and this table needs exactly one.
 */
async function proposalFor(contact: { id: string }) {
  const proposal = await db.retentionProposal.create({
    data: {
      candidateCount: 1,
      candidates: { create: [{ contactId: contact.id, reason: "no_basis_inactive", expiredAt: new Date() }] },
    },
  });
  return proposal.id;
}

type Case = {
  /** "<area>/<file>#<function>" */
  service: string;
  /** The audit actions the call writes, in order. */
  audit: string[];
  /** Makes the data the call needs and returns the call (run twice: failing, then for real). */
  arrange: () => Promise<() => Promise<unknown>>;
  /**
   * A disclosure (a report, an export, a scan viewed): its one write is the audit entry saying it
   * happened, so nothing but the audit trail changes, and nothing is shown when that write fails.
   */
  auditOnly?: boolean;
  /**
   * Tables the call changes on purpose before its transaction opens: rate-limit counters, which
   * count a refused or failed attempt too (otherwise failing on purpose would be free).
   */
  countedBefore?: string[];
  /** Puts back what the call changed for everyone (the single settings row), pass or fail. */
  restore?: () => Promise<void>;
};

const CASES: Case[] = [
  {
    service: "api-keys/create-api-key#createApiKey",
    audit: ["api_key.created"],
    arrange: async () => () => createApiKey(db, ctx, { name: `Key ${word()}`, scopes: ["contacts:read"] }),
  },
  {
    service: "api-keys/revoke-api-key#revokeApiKey",
    audit: ["api_key.revoked"],
    arrange: async () => {
      const key = await createApiKey(db, ctx, { name: `Key ${word()}`, scopes: ["contacts:read"] });
      return () => revokeApiKey(db, ctx, { apiKeyId: key.id });
    },
  },
  {
    service: "campaigns/create-campaign#createCampaign",
    audit: ["campaign.created"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      return () =>
        createCampaign(db, ctx, {
          name: `Campaign ${word()}`,
          purposeId: purpose.id,
          commercial: true,
          subject: "Subject",
          body: "Body",
          audience: { companyName: word() },
        });
    },
  },
  {
    service: "tags/tag-contacts#tagContacts",
    audit: ["contacts.tagged"],
    arrange: async () => {
      const contact = await createContact(db);
      return () => tagContacts(db, ctx, { contactIds: [contact.id], tagName: `Tag ${word()}` });
    },
  },
  {
    service: "tags/tag-contacts#untagContacts",
    audit: ["contacts.untagged"],
    arrange: async () => {
      const contact = await createContact(db);
      const { tagId } = await tagContacts(db, ctx, { contactIds: [contact.id], tagName: `Tag ${word()}` });
      return () => untagContacts(db, ctx, { contactIds: [contact.id], tagId });
    },
  },
  {
    service: "tags/manage-tags#renameTag",
    audit: ["tag.renamed"],
    arrange: async () => {
      const contact = await createContact(db);
      const { tagId } = await tagContacts(db, ctx, { contactIds: [contact.id], tagName: `Tag ${word()}` });
      return () => renameTag(db, ctx, { tagId, name: `Tag ${word()}` });
    },
  },
  {
    service: "tags/manage-tags#setTagColour",
    audit: ["tag.colour_changed"],
    arrange: async () => {
      const contact = await createContact(db);
      const { tagId } = await tagContacts(db, ctx, { contactIds: [contact.id], tagName: `Tag ${word()}` });
      return () => setTagColour(db, ctx, { tagId, colour: "green" });
    },
  },
  {
    service: "tags/manage-tags#deleteTag",
    audit: ["tag.deleted"],
    arrange: async () => {
      const contact = await createContact(db);
      const { tagId } = await tagContacts(db, ctx, { contactIds: [contact.id], tagName: `Tag ${word()}` });
      return () => deleteTag(db, ctx, { tagId });
    },
  },
  {
    service: "segments/save-segment#createSegment",
    audit: ["segment.created"],
    arrange: async () => () => createSegment(db, ctx, { name: `Segment ${word()}`, filter: { jobTitle: word() } }),
  },
  {
    service: "segments/save-segment#updateSegment",
    audit: ["segment.updated"],
    arrange: async () => {
      const { id } = await createSegment(db, ctx, { name: `Segment ${word()}` });
      return () =>
        updateSegment(db, ctx, { segmentId: id, name: `Segment ${word()}`, filter: { customerState: "customer" } });
    },
  },
  {
    service: "segments/save-segment#deleteSegment",
    audit: ["segment.deleted"],
    arrange: async () => {
      const { id } = await createSegment(db, ctx, { name: `Segment ${word()}` });
      return () => deleteSegment(db, ctx, { segmentId: id });
    },
  },
  {
    service: "campaigns/queue-campaign#queueCampaign",
    audit: ["campaign.queued"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      const { id } = await createCampaign(db, ctx, {
        name: `Campaign ${word()}`,
        purposeId: purpose.id,
        commercial: true,
        subject: "Subject",
        body: "Body",
        audience: { companyName: word() },
      });
      return () => queueCampaign(db, ctx, id);
    },
  },
  {
    service: "campaigns/schedule-campaign#scheduleCampaign",
    audit: ["campaign.scheduled"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      const { id } = await createCampaign(db, ctx, {
        name: `Campaign ${word()}`,
        purposeId: purpose.id,
        commercial: true,
        subject: "Subject",
        body: "Body",
        audience: { companyName: word() },
      });
      return () => scheduleCampaign(db, ctx, { campaignId: id, sendAt: new Date(Date.now() + 3_600_000) });
    },
  },
  {
    service: "campaigns/schedule-campaign#cancelScheduledCampaign",
    audit: ["campaign.schedule_cancelled"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      const { id } = await createCampaign(db, ctx, {
        name: `Campaign ${word()}`,
        purposeId: purpose.id,
        commercial: true,
        subject: "Subject",
        body: "Body",
        audience: { companyName: word() },
      });
      await scheduleCampaign(db, ctx, { campaignId: id, sendAt: new Date(Date.now() + 3_600_000) });
      return () => cancelScheduledCampaign(db, ctx, id);
    },
  },
  {
    service: "campaigns/export-campaign-csv#exportCampaignCsv",
    audit: ["campaign.exported"],
    auditOnly: true,
    arrange: async () => {
      const purpose = await createPurpose(db);
      const { id } = await createCampaign(db, ctx, {
        name: `Campaign ${word()}`,
        purposeId: purpose.id,
        commercial: true,
        subject: "Subject",
        body: "Body",
        audience: { companyName: word() },
      });
      return () => exportCampaignCsv(db, ctx, id);
    },
  },
  {
    service: "campaigns/process-returned-mail#processReturnedMail",
    audit: ["campaign.recipient_bounced", "email_address.marked_undeliverable"],
    arrange: async () => {
      // A sent campaign mail, and the bounce report that names it by its Message-ID.
      const purpose = await createPurpose(db);
      const { contact } = await createContactWithConsent(db, purpose.key);
      const { id } = await createCampaign(db, ctx, {
        name: `Campaign ${word()}`,
        purposeId: purpose.id,
        commercial: true,
        subject: "Subject",
        body: "Body",
        audience: { companyName: word() },
      });
      const point = await db.emailAddress.findFirstOrThrow({ where: { contactId: contact.id } });
      const messageId = `<${word()}@app.example.com>`;
      await db.campaignRecipient.create({
        data: { campaignId: id, contactId: contact.id, contactPointId: point.id, status: "sent", messageId },
      });
      const raw = readFileSync("tests/fixtures/returned-mail/postfix-hard-5.1.1.eml", "utf8").replaceAll(
        "<ORIGINALMESSAGEID>",
        messageId,
      );
      return () => processReturnedMail(db, { raw: Buffer.from(raw) });
    },
  },
  {
    service: "consents/add-customer-relationship#addCustomerRelationship",
    audit: ["customer_relationship.added"],
    arrange: async () => {
      const contact = await createContact(db);
      return () =>
        addCustomerRelationship(db, ctx, contact.id, {
          since: daysAgo(100),
          products: ["support"],
          optOutOfferedAtCollection: true,
        });
    },
  },
  {
    service: "consents/correct-consent#correctConsent",
    audit: ["consent.corrected"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      const { contact, consent } = await createContactWithConsent(db, purpose.key);
      return () =>
        correctConsent(db, ctx, contact.id, {
          correctsId: consent.id,
          reason: "The phone channel was ticked too",
          channels: ["email", "phone"],
        });
    },
  },
  {
    service: "consents/record-channel-opt-out#recordChannelOptOut",
    audit: ["channel_opt_out.recorded"],
    arrange: async () => {
      const contact = await createContact(db);
      return () => recordChannelOptOut(db, ctx, contact.id, { channel: "email", via: "phone" });
    },
  },
  {
    service: "consents/pause-channel#pauseChannel",
    audit: ["channel_pause.recorded"],
    arrange: async () => {
      const contact = await createContact(db);
      return () => pauseChannel(db, ctx, contact.id, { until: new Date(Date.now() + 30 * 86_400_000) });
    },
  },
  {
    service: "consents/pause-channel#resumeChannel",
    audit: ["channel_pause.ended"],
    arrange: async () => {
      const contact = await createContact(db);
      await pauseChannel(db, ctx, contact.id, { until: new Date(Date.now() + 30 * 86_400_000) });
      return () => resumeChannel(db, ctx, contact.id, {});
    },
  },
  {
    service: "consents/record-consent#recordConsent",
    audit: ["consent.recorded"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      const contact = await createContact(db);
      return () => grantConsent(db, contact.id, purpose.key);
    },
  },
  {
    service: "consents/record-legal-basis#recordLegalBasis",
    audit: ["legal_basis.recorded"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      const contact = await createContact(db);
      return () =>
        recordLegalBasis(db, ctx, contact.id, {
          purpose: purpose.key,
          basis: "legitimate_interest",
          balancingNote: "Existing business contact; objection offered in every message.",
        });
    },
  },
  {
    service: "consents/record-objection#recordObjection",
    audit: ["objection.recorded"],
    arrange: async () => {
      const contact = await createContact(db);
      return () => recordObjection(db, ctx, contact.id, { scope: "direct_marketing", receivedVia: "phone" });
    },
  },
  {
    service: "consents/set-restriction#setRestriction",
    audit: ["restriction.set"],
    arrange: async () => {
      const contact = await createContact(db);
      return () => setRestriction(db, ctx, contact.id, { reason: "Accuracy contested by the person" });
    },
  },
  {
    service: "consents/set-restriction#liftRestriction",
    audit: ["restriction.lifted"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      const { contact, restriction } = await createRestrictedContact(db, purpose.key);
      return () =>
        liftRestriction(db, ctx, contact.id, { restrictionId: restriction.id, reason: "Accuracy confirmed" });
    },
  },
  {
    service: "consents/withdraw-consent#withdrawConsent",
    audit: ["consent.withdrawn"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      const { contact } = await createContactWithConsent(db, purpose.key);
      return () => withdrawConsent(db, ctx, contact.id, { purpose: purpose.key, method: "email_reply" });
    },
  },
  {
    service: "contacts/create-contact#createContact",
    audit: ["company.created", "contact.created"],
    arrange: async () => () =>
      createContactService(db, ctx, {
        firstName: "Anna",
        lastName: `Audit ${word()}`,
        company: { name: `Bedrijf ${word()}`, legalForm: "bv" },
        emails: [{ address: `anna.${word()}@example.nl`, kind: "personal" }],
        phones: [],
        source: { type: "business_card", detail: "Beurs Utrecht", collectedAt: daysAgo(3) },
      }),
  },
  {
    service: "contacts/update-contact#updateContact",
    audit: ["contact.updated"],
    arrange: async () => {
      const contact = await createContact(db);
      return () => updateContact(db, ctx, contact.id, { jobTitle: "Inkoper" });
    },
  },
  {
    service: "mailings/create-mailing#createMailing",
    audit: ["mailing.created", "mailing.decided"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      const marker = `Mailing${word()}`;
      await createContact(db, { companyName: marker, postal: true });
      return () => createMailing(db, ctx, { name: marker, purposeId: purpose.id, audience: { companyName: marker } });
    },
  },
  {
    service: "purposes/create-purpose#createPurpose",
    audit: ["purpose.created"],
    arrange: async () => () =>
      createPurposeService(db, ctx, {
        key: `audit-${word()}`,
        nameNl: "Nieuwsbrief",
        nameEn: "Newsletter",
        directMarketing: true,
        channels: ["email"],
        textNl: "Wij sturen u onze nieuwsbrief.",
        textEn: "We send you our newsletter.",
      }),
  },
  {
    service: "purposes/update-purpose#updatePurposeNotice",
    audit: ["purpose.notice_versioned"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      return () =>
        updatePurposeNotice(db, ctx, { purposeId: purpose.id, textNl: "Nieuwe tekst.", textEn: "New text." });
    },
  },
  {
    service: "purposes/update-purpose#updatePurpose",
    audit: ["purpose.updated"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      return () => updatePurpose(db, ctx, { purposeId: purpose.id, nameEn: "Renamed" });
    },
  },
  {
    service: "requests/register-request#registerRequest",
    audit: ["request.registered"],
    arrange: async () => () =>
      registerRequest(db, ctx, {
        type: "access",
        receivedAt: daysAgo(1),
        channel: "email",
        requesterName: "Verzoeker",
        requesterEmail: `verzoeker-${word()}@example.nl`,
        contactIds: [],
      }),
  },
  {
    service: "requests/verify-request#verifyRequest",
    audit: ["request.verified"],
    arrange: async () => {
      const request = await registerRequest(db, ctx, {
        type: "access",
        receivedAt: daysAgo(1),
        channel: "email",
        requesterName: "Verzoeker",
        requesterEmail: `verzoeker-${word()}@example.nl`,
        contactIds: [],
      });
      return () => verifyRequest(db, ctx, { requestId: request.id, method: "reply_from_known_email" });
    },
  },
  {
    service: "processors/mark-processor-notified#markProcessorNotified",
    audit: ["processor.notified_of_erasure"],
    arrange: async () => {
      const processor = await db.processor.create({ data: { name: "Hosting BV", receivesContactData: true } });
      const request = await createVerifiedRequest(db, ctx, "erasure");
      return () => markProcessorNotified(db, ctx, { processorId: processor.id, requestId: request.id });
    },
  },
  {
    service: "requests/extend-request#extendRequest",
    audit: ["request.extended"],
    arrange: async () => {
      const request = await createVerifiedRequest(db, ctx, "access");
      return () => extendRequest(db, ctx, { requestId: request.id, months: 2, reason: "Many and complex requests" });
    },
  },
  {
    service: "requests/close-request#closeRequest",
    audit: ["request.closed"],
    arrange: async () => {
      const request = await createVerifiedRequest(db, ctx, "access");
      return () =>
        closeRequest(db, ctx, {
          requestId: request.id,
          outcome: "rejected",
          responseText: "We could not verify that the request is yours.",
          sentVia: "email",
          sentAt: new Date(),
        });
    },
  },
  {
    service: "requests/link-request-contact#linkRequestContact",
    audit: ["request.contact_linked"],
    arrange: async () => {
      const request = await createVerifiedRequest(db, ctx, "access");
      const contact = await createContact(db);
      return () => linkRequestContact(db, ctx, { requestId: request.id, contactId: contact.id });
    },
  },
  {
    service: "requests/link-request-contact#unlinkRequestContact",
    audit: ["request.contact_unlinked"],
    arrange: async () => {
      const contact = await createContact(db);
      const request = await createVerifiedRequest(db, ctx, "access", { contactIds: [contact.id] });
      return () => unlinkRequestContact(db, ctx, { requestId: request.id, contactId: contact.id });
    },
  },
  {
    service: "requests/execute-objection#executeObjection",
    audit: ["objection.recorded", "request.executed"],
    arrange: async () => {
      const contact = await createContact(db);
      const request = await createVerifiedRequest(db, ctx, "objection", { contactIds: [contact.id] });
      return () => executeObjection(db, ctx, { requestId: request.id, scopes: ["direct_marketing"] });
    },
  },
  {
    service: "requests/execute-restriction#executeRestriction",
    audit: ["restriction.set", "request.executed"],
    arrange: async () => {
      const contact = await createContact(db);
      const request = await createVerifiedRequest(db, ctx, "restriction", { contactIds: [contact.id] });
      return () => executeRestriction(db, ctx, { requestId: request.id, reason: "Accuracy contested" });
    },
  },
  {
    service: "users/create-user#createUser",
    audit: ["user.created"],
    arrange: async () => () =>
      createUser(db, ctx, {
        name: "Nieuwe Collega",
        email: `collega-${word()}@example.nl`,
        role: "sales",
        password: "correct horse battery staple",
      }),
  },
  {
    service: "users/update-user#changeUserRole",
    audit: ["user.role_changed"],
    arrange: async () => {
      const user = await createStaffUser(db, "sales");
      return () => changeUserRole(db, ctx, user.id, "marketer");
    },
  },
  {
    service: "users/update-user#setUserActive",
    audit: ["user.deactivated"],
    arrange: async () => {
      const user = await createStaffUser(db, "sales");
      return () => setUserActive(db, ctx, user.id, false);
    },
  },
  {
    service: "notices/record-notice#recordNotice",
    audit: ["notice.recorded"],
    arrange: async () => {
      const contact = await createContact(db, { sourceType: "purchased_list" });
      return () => recordNotice(db, ctx, contact.id, { kind: "art14", channel: "post" });
    },
  },
  {
    service: "users/update-user#resetUserPassword",
    audit: ["user.password_reset"],
    arrange: async () => {
      const user = await createStaffUser(db, "sales");
      return () => resetUserPassword(db, ctx, user.id, "another correct horse battery");
    },
  },
  {
    service: "webhooks/create-webhook-endpoint#createWebhookEndpoint",
    audit: ["webhook_endpoint.created"],
    arrange: async () => () =>
      createWebhookEndpoint(
        db,
        ctx,
        { url: `https://hooks.example.org/${word()}`, events: ["consent.granted"] },
        { nodeEnv: "production" },
      ),
  },
  {
    service: "webhooks/update-webhook-endpoint#setWebhookEndpointActive",
    audit: ["webhook_endpoint.disabled"],
    arrange: async () => {
      const endpoint = await createWebhookEndpoint(
        db,
        ctx,
        { url: `https://hooks.example.org/${word()}`, events: ["consent.granted"] },
        { nodeEnv: "production" },
      );
      return () => setWebhookEndpointActive(db, ctx, { endpointId: endpoint.id, active: false });
    },
  },
  {
    service: "auth/end-session#endSession",
    audit: ["user.signed_out"],
    arrange: async () => {
      const user = await createStaffUser(db, "sales");
      return () => endSession(db, userContext(user.id, "sales"), user.id);
    },
  },
  {
    service: "users/end-user-sessions#endUserSessions",
    audit: ["user.sessions_ended"],
    arrange: async () => {
      const user = await createStaffUser(db, "sales");
      return () => endUserSessions(db, ctx, user.id);
    },
  },
  {
    service: "breaches/register-breach#registerBreach",
    audit: ["breach.registered"],
    arrange: async () => () => registerBreach(db, ctx, breachInput()),
  },
  {
    service: "breaches/assess-breach#assessBreach",
    audit: ["breach.assessed"],
    arrange: async () => {
      const breach = await registerBreach(db, ctx, breachInput());
      return () => assessBreach(db, ctx, { breachId: breach.id, risk: "high_risk" });
    },
  },
  {
    service: "breaches/record-notification#recordNotification",
    audit: ["breach.notified"],
    arrange: async () => {
      const breach = await registerBreach(db, ctx, breachInput());
      return () =>
        recordNotification(db, ctx, {
          breachId: breach.id,
          phase: "initial",
          sentAt: new Date(),
          summary: "Reported through the authority's form.",
        });
    },
  },
  {
    service: "breaches/select-affected-contacts#selectAffectedContacts",
    audit: ["breach.contacts_selected"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      await createContactWithConsent(db, purpose.key);
      const breach = await registerBreach(db, ctx, breachInput());
      return () => selectAffectedContacts(db, ctx, { breachId: breach.id, mode: "query", purposeId: purpose.id });
    },
  },
  {
    service: "breaches/notify-affected-contacts#notifyAffectedContacts",
    audit: ["breach.subject_notified"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      await createContactWithConsent(db, purpose.key);
      const breach = await registerBreach(db, ctx, { ...breachInput(), risk: "high_risk" });
      await selectAffectedContacts(db, ctx, { breachId: breach.id, mode: "query", purposeId: purpose.id });
      // The in-app outbox: the stored mail is written in the same transaction as its record.
      return () =>
        notifyAffectedContacts(
          db,
          ctx,
          { breachId: breach.id, subject: "Een datalek", text: "Wat er gebeurde en wat u kunt doen." },
          outbox,
        );
    },
  },
  {
    service: "calls/log-call#logCall",
    audit: ["call.logged"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      const contact = await createContact(db, { phones: [{ kind: "mobile" }] });
      return () =>
        logCall(db, ctx, {
          contactId: contact.id,
          purposeId: purpose.id,
          phoneNumberId: contact.phones[0].id,
          outcome: "reached",
        });
    },
  },
  {
    service: "consents/get-attachment#getConsentAttachment",
    audit: ["consent_attachment.viewed"],
    auditOnly: true,
    arrange: async () => {
      const purpose = await createPurpose(db);
      const { consent } = await createContactWithConsent(db, purpose.key, {
        consent: { ...businessCardConsent(purpose.key), attachments: [{ fileName: "kaartje.png", data: PNG_1X1 }] },
      });
      const attachment = await db.consentAttachment.findFirstOrThrow({ where: { consentRecordId: consent.id } });
      return () => getConsentAttachment(db, ctx, attachment.id);
    },
  },
  {
    service: "consents/send-written-confirmation#sendWrittenConfirmation",
    audit: ["consent.confirmation_sent"],
    arrange: async () => {
      const { contact, consent } = await createContactWithPhoneConsent();
      // The in-app outbox: mail and evidence commit together (over SMTP the mail goes first).
      return () =>
        sendWrittenConfirmation(db, ctx, { contactId: contact.id, consentRecordId: consent.id }, { transport: outbox });
    },
  },
  {
    service: "consents/answer-written-confirmation#confirmByToken",
    audit: ["consent.confirmed_in_writing"],
    arrange: async () => {
      const { contact, consent } = await createContactWithPhoneConsent();
      const token = signConsentConfirmationToken(tokenSigner(), { r: consent.id, c: contact.id });
      return () => confirmByToken(db, token, { ip: "198.51.100.4", userAgent: "Mozilla/5.0 (test)" });
    },
  },
  {
    // Two transactions by design, each with its audit entry: the withdrawal commits first, so that
    // a crash before the evidence event leaves the link usable, never a "no" that was not honoured.
    service: "consents/answer-written-confirmation#declineByToken",
    audit: ["consent.withdrawn", "consent.declined_in_writing"],
    arrange: async () => {
      const { contact, consent } = await createContactWithPhoneConsent();
      const token = signConsentConfirmationToken(tokenSigner(), { r: consent.id, c: contact.id });
      return () => declineByToken(db, token, { ip: "198.51.100.4", userAgent: "Mozilla/5.0 (test)" });
    },
  },
  {
    service: "imports/create-import#createImport",
    audit: ["import.uploaded"],
    arrange: async () => () =>
      createImport(
        db,
        ctx,
        uploadOf(
          csvOf([
            ["first_name", "last_name"],
            ["Anna", word()],
          ]),
        ),
      ),
  },
  {
    service: "imports/start-import#startImport",
    audit: ["import.dry_run_queued"],
    arrange: async () => {
      const batch = await createImport(
        db,
        ctx,
        uploadOf(
          csvOf([
            ["first_name", "last_name"],
            ["Anna", word()],
          ]),
        ),
      );
      return () =>
        startImport(db, ctx, {
          batchId: batch.id,
          dryRun: true,
          mapping: ["firstName", "lastName"],
          sourceType: "event",
          sourceDetail: "Horecava 2026",
        });
    },
  },
  {
    service: "imports/cancel-import#cancelImport",
    audit: ["import.cancel_requested"],
    arrange: async () => {
      const batch = await createImport(db, ctx, {
        ...uploadOf(
          csvOf([
            ["first_name", "last_name"],
            ["Anna", word()],
          ]),
        ),
        queue: { dryRun: true },
      });
      return () => cancelImport(db, ctx, batch.id);
    },
  },
  {
    // One chunk (its rows with their audit entry), then the end of the import (with its own).
    service: "imports/process-import#processImport",
    audit: ["import.rows_committed", "import.done"],
    arrange: async () => {
      await runImports(db); // what other cases left queued runs first, so the lease below is ours
      const batch = await createImport(db, ctx, {
        ...uploadOf(
          csvOf([
            ["first_name", "last_name", "email"],
            ["Anna", word(), `anna.${word()}@example.nl`],
          ]),
        ),
        queue: { dryRun: false },
      });
      const lease = await claimNextImport(db);
      expect(lease?.batchId).toBe(batch.id);
      // A copy each time: a chunk moves the lease it was given, also when its transaction rolls back.
      return () => processImport(db, { ...lease! });
    },
  },
  {
    service: "imports/undo-import#undoImport",
    audit: ["import.undone"],
    arrange: async () => {
      const batch = await importFile(
        db,
        ctx,
        csvOf([
          ["first_name", "last_name"],
          ["Anna", word()],
        ]),
      );
      return () => undoImport(db, ctx, batch!.id);
    },
  },
  {
    service: "mailings/export-mailing-csv#exportMailingCsv",
    audit: ["notice.recorded", "mailing.exported"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      const marker = `Mailing${word()}`;
      // Owed the art. 14 notice: the print file records it as given by post, with the export.
      await createContactOwedNotice(db, { companyName: marker, postal: true });
      const mailing = await createMailing(db, ctx, {
        name: marker,
        purposeId: purpose.id,
        audience: { companyName: marker },
      });
      return () => exportMailingCsv(db, ctx, mailing.id);
    },
  },
  {
    service: "preferences/change-preference#changePreference",
    audit: ["consent.withdrawn"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      const { contact } = await createContactWithConsent(db, purpose.key);
      const token = signPreferenceToken(tokenSigner(), contact.id);
      return () =>
        changePreference(
          db,
          token,
          { kind: "withdraw", purpose: purpose.key },
          { ip: "198.51.100.4", userAgent: "Mozilla/5.0 (test)" },
        );
    },
  },
  {
    service: "processors/save-processor#saveProcessor",
    audit: ["processor.created"],
    arrange: async () => () => saveProcessor(db, ctx, { name: `Hosting ${word()}`, location: "NL" }),
  },
  {
    service: "processors/add-sub-processor#addSubProcessor",
    audit: ["processor.sub_processor_added"],
    arrange: async () => {
      const processor = await saveProcessor(db, ctx, { name: `Hosting ${word()}`, location: "NL" });
      return () =>
        addSubProcessor(db, ctx, {
          processorId: processor.id,
          name: "Datacenter BV",
          service: "Racks",
          location: "DE",
        });
    },
  },
  {
    service: "registers/save-processing-record#saveProcessingRecord",
    audit: ["register.entry_saved"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      return () => saveProcessingRecord(db, ctx, { purposeId: purpose.id, description: "Newsletter to customers." });
    },
  },
  {
    service: "requests/rekey-suppression-list#rekeySuppressionList",
    audit: ["suppression_list.rekeyed"],
    arrange: async () => {
      // An entry written before the list was keyed (version 1); no code writes that form any more.
      await db.suppressionEntry.create({
        data: { hash: randomBytes(32).toString("hex"), kind: "email", keyVersion: 1 },
      });
      return () => rekeySuppressionList(db);
    },
  },
  {
    service: "requests/execute-disclosure#executeDisclosure",
    audit: ["request.executed"],
    arrange: async () => {
      const contact = await createContact(db);
      const request = await createVerifiedRequest(db, ctx, "access", { contactIds: [contact.id] });
      return () => executeDisclosure(db, ctx, { requestId: request.id, type: "access" });
    },
  },
  {
    service: "requests/get-access-report#getAccessReport",
    audit: ["request.report_viewed"],
    auditOnly: true,
    arrange: async () => {
      const contact = await createContact(db);
      const request = await createVerifiedRequest(db, ctx, "access", { contactIds: [contact.id] });
      return () => getAccessReport(db, ctx, { requestId: request.id, language: "nl", form: "html" });
    },
  },
  {
    service: "requests/build-portability-export#buildPortabilityExport",
    audit: ["request.exported"],
    auditOnly: true,
    arrange: async () => {
      const contact = await createContact(db);
      const request = await createVerifiedRequest(db, ctx, "portability", { contactIds: [contact.id] });
      return () => buildPortabilityExport(db, ctx, { requestId: request.id, format: "json" });
    },
  },
  {
    service: "contacts/export-contacts-csv#exportContactsCsv",
    audit: ["contacts.exported"],
    auditOnly: true,
    arrange: async () => {
      await createContact(db);
      // The whole file is read: the entry is written before the first row, and nothing else changes.
      return async () => new Response((await exportContactsCsv(db, ctx, {})).body).text();
    },
  },
  {
    service: "requests/execute-erasure#executeErasure",
    audit: ["contact.erased", "request.executed"],
    arrange: async () => {
      const contact = await createContact(db);
      const request = await createVerifiedRequest(db, ctx, "erasure", { contactIds: [contact.id] });
      return () => executeErasure(db, ctx, { requestId: request.id });
    },
  },
  {
    service: "requests/execute-rectification#executeRectification",
    audit: ["contact.rectified", "request.executed"],
    arrange: async () => {
      const contact = await createContact(db);
      const request = await createVerifiedRequest(db, ctx, "rectification", { contactIds: [contact.id] });
      return () =>
        executeRectification(db, ctx, {
          requestId: request.id,
          contactId: contact.id,
          firstName: "Johanna",
          lastName: contact.lastName,
        });
    },
  },
  {
    service: "retention/run-retention#runRetention",
    audit: ["retention.checked"],
    arrange: async () => {
      await createContact(db);
      // A first run takes what other cases left behind (with automatic erasure off it erases nobody).
      await runRetention(db, ctx, pastRetention());
      return () => runRetention(db, ctx, pastRetention());
    },
  },
  {
    service: "retention/decide-proposal#approveProposal",
    audit: ["contact.erased", "retention.erased", "retention.approved"],
    arrange: async () => {
      const proposalId = await proposalFor(await createContact(db));
      return () => approveProposal(db, ctx, { proposalId }, pastRetention());
    },
  },
  {
    service: "retention/decide-proposal#rejectProposal",
    audit: ["retention.rejected"],
    arrange: async () => {
      const proposalId = await proposalFor(await createContact(db));
      return () => rejectProposal(db, ctx, { proposalId });
    },
  },
  {
    service: "retention/set-legal-hold#setLegalHold",
    audit: ["contact.legal_hold_set"],
    arrange: async () => {
      const contact = await createContact(db);
      return () => setLegalHold(db, ctx, { contactId: contact.id, hold: true, reason: "Dispute about an invoice" });
    },
  },
  {
    service: "retention/update-retention-settings#updateRetentionSettings",
    audit: ["retention.settings_updated"],
    arrange: async () => () => updateRetentionSettings(db, ctx, { ...RETENTION_DEFAULTS, withdrawalGraceDays: 45 }),
    restore: async () => {
      await updateRetentionSettings(db, ctx, RETENTION_DEFAULTS);
    },
  },
  {
    service: "opt-in/sync-offline-opt-in#syncOfflineOptIn",
    audit: ["consent.recorded", "opt_in.synced_from_device"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      const contact = await createContact(db);
      const clientId = crypto.randomUUID();
      return () =>
        syncOfflineOptIn(db, ctx, {
          clientId,
          contactId: contact.id,
          purposes: [{ purpose: purpose.key, noticeVersion: 1 }],
          method: "business_card",
          givenAtDevice: new Date(Date.now() - 60_000),
          clockOffsetMs: 1_500,
          affirmativeAct: true,
          location: "Vakbeurs Utrecht",
          statement: "Ja, graag.",
        });
    },
  },
  {
    service: "settings/organisation-settings#updateOrganisationSettings",
    audit: ["settings.updated"],
    arrange: async () => {
      const before = (settingsBefore = await getOrganisationSettings(db));
      return () => updateOrganisationSettings(db, ctx, { ...before, organisationName: `Bakkerij ${word()} BV` });
    },
    restore: async () => {
      if (settingsBefore) await updateOrganisationSettings(db, ctx, settingsBefore);
    },
  },
  {
    service: "settings/open-tracking#setOpenTracking",
    audit: ["settings.open_tracking_changed"],
    arrange: async () => {
      const purpose = await createPurpose(db, { channels: ["email"] });
      return () =>
        setOpenTracking(db, ctx, {
          enabled: true,
          purposeId: purpose.id,
          justification: "We meten welke onderwerpen gelezen worden.",
        });
    },
    restore: async () => {
      await setOpenTracking(db, ctx, { enabled: false, purposeId: null, justification: "" });
    },
  },
  {
    service: "settings/set-mail-logo#setMailLogo",
    audit: ["settings.mail_logo_set"],
    // A 1x1 PNG.
    arrange: async () => () =>
      setMailLogo(db, ctx, {
        logo: {
          type: "image/png",
          base64: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
        },
      }),
    restore: async () => {
      await db.organisationSettings.update({ where: { id: 1 }, data: { mailLogo: null, mailLogoType: null } });
    },
  },
  {
    service: "signups/save-signup-form#saveSignupForm",
    audit: ["signup_form.created"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      return () => createSignupForm(db, [purpose.key]);
    },
  },
  {
    service: "signups/submit-signup#submitSignup",
    audit: ["signup.submitted"],
    countedBefore: ["RateLimitCounter"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      const form = await createSignupForm(db, [purpose.key]);
      const email = uniqueAddress();
      return () => createPendingSignup(db, outbox, [purpose.key], { formId: form.id, email });
    },
  },
  {
    service: "signups/confirm-signup#confirmSignup",
    audit: ["company.created", "contact.created", "consent.recorded", "signup.confirmed"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      const form = await createSignupForm(db, [purpose.key]);
      const signup = await createPendingSignup(db, outbox, [purpose.key], {
        formId: form.id,
        company: `Bakkerij ${word()}`,
      });
      const token = signSignupConfirmToken(tokenSigner(), signup.id, 7);
      return () => confirmSignup(db, token, { ip: "198.51.100.4", userAgent: "Mozilla/5.0 (confirmation)" });
    },
  },
  {
    service: "signups/purge-signups#purgeUnconfirmedSignups",
    audit: ["signup.purged"],
    arrange: async () => {
      const purpose = await createPurpose(db);
      await createPendingSignup(db, outbox, [purpose.key], {}, { now: daysAgo(30) });
      return () => purgeUnconfirmedSignups(db, ctx);
    },
  },
  {
    service: "webhooks/update-webhook-endpoint#retryWebhookDelivery",
    audit: ["webhook_delivery.retried"],
    arrange: async () => {
      const endpoint = await createWebhookEndpoint(
        db,
        ctx,
        { url: `https://hooks.example.org/${word()}`, events: ["consent.granted"] },
        { nodeEnv: "production" },
      );
      // A delivery that gave up after its attempts (only the HTTP worker gets one there).
      const delivery = await db.webhookDelivery.create({
        data: { endpointId: endpoint.id, event: "consent.granted", payload: {}, status: "failed", attempts: 8 },
      });
      return () => retryWebhookDelivery(db, ctx, { deliveryId: delivery.id });
    },
  },
];

/**
 * Service functions that are not in the table, and why. "<file>#*" covers a whole file, allowed
 * only for files that neither open a transaction nor write an audit event (checked below).
 */
const NOT_IN_TABLE: Record<string, string> = {
  // Reads, decisions and helpers: they change nothing.
  "api-keys/authenticate-api-key#*": "reads; lastUsedAt is bookkeeping, not a state change to audit",
  "api-keys/find-api-keys#*": "read only",
  "audit/find-audit-events#*": "read only",
  "calls/get-call-list#*": "read only",
  "campaigns/campaign-lease#*": "lease bookkeeping inside runCampaigns",
  "campaigns/get-campaign-report#*": "read only",
  "campaigns/get-campaign#*": "read only",
  "campaigns/get-delivery-figures#*": "read only",
  "campaigns/mail-layout#*": "read only",
  "campaigns/preview-design#*": "read only: renders the unsaved message, stores and sends nothing",
  "campaigns/materialise-recipients#*": "a step of runCampaigns",
  "campaigns/preview-campaign#*": "read only",
  "segments/find-segments#*": "read only",
  "segments/preview-segment#*": "read only",
  "segments/filter-choices#*": "read only",
  "tags/find-tags#*": "read only",
  "tags/tag-name#*": "helpers inside the callers' transactions (covered by tag-contacts, manage-tags)",
  "consents/get-contact-timeline#*": "read only",
  "consents/get-contact-activity#*": "read only",
  "opt-in/log-opt-in#*": "composes createContact and recordConsents, which are in the table",
  "opt-in/get-offline-kit#*": "read only",
  "settings/security-txt#*": "read only",
  "contacts/check-suppression#*": "read only",
  "contacts/find-contacts#*": "read only",
  "contacts/find-contact-badges#*": "read only",
  "dashboard/get-first-run-checklist#*": "read only",
  "requests/find-requests-by-reference#*": "read only",
  "search/search-workspace#*": "read only",
  "contacts/get-contact#*": "read only",
  "dashboard/get-dashboard-figures#*": "read only",
  "mailings/find-mailings#*": "read only",
  "outbox/find-outbox#*": "read only",
  "notices/compose-notice#*": "read only (the notice texts)",
  "notices/find-notices-due#*": "read only",
  "notices/get-notice-status#*": "read only",
  "outreach/audience-query#*": "read only",
  "outreach/decide-audience#*": "read only (decisions)",
  "outreach/decision-basis#*": "read only (settings and purposes)",
  "outreach/store-decisions#storeDecisions":
    "writes the decision store: a copy of the engine's answers that changes no fact and decides nothing by itself",
  "outreach/store-decisions#decisionStoreStatus": "read only",
  "outreach/count-stored-decisions#countStoredDecisions": "read only",
  "outreach/check-decision-store#checkDecisionStore":
    "compares the store with the engine; keeps only the result of the comparison",
  "outreach/check-decision-store#lastDecisionStoreCheck": "read only",
  "outreach/decide-batch#*": "read only (decisions)",
  "outreach/decide-for-contact#*": "read only (decisions)",
  "outreach/fact-rows#*": "pure mapping",
  "outreach/fact-tables#*": "SQL and row decoding for the fact loaders (read only)",
  "outreach/get-eligibility#*": "read only (decisions)",
  "outreach/get-outreach-settings#*": "read only",
  "purposes/load-purpose#*": "read only",
  "outreach/load-contact-facts#*": "read only",
  "outreach/load-fact-rows-one-trip#*": "read only",
  "outreach/load-fact-rows#*": "read only",
  "outreach/suppression-source#*": "read only",
  "outreach/suppression#*": "pure hashing",
  "purposes/find-purposes#*": "read only",
  "requests/collect-personal-data#*": "read only",
  "requests/draft-response-letter#*": "pure text",
  "requests/erase-contacts#*": "a step of executeErasure, inside its transaction",
  "requests/find-contact-candidates#*": "read only",
  "requests/find-requests#*": "read only",
  "requests/get-processing-facts#*": "read only",
  "requests/get-request#*": "read only",
  "requests/request-guards#*": "guards used inside the requests services' transactions",
  "requests/suppress-identifiers#*": "a step of executeErasure, inside its transaction",
  "webhooks/find-webhooks#*": "read only",
  "users/find-users#*": "read only",
  "webhooks/deliver-due-webhooks#*": "delivery bookkeeping over HTTP: one transaction per attempt, no audit by design",
  // Helpers exported for use inside another service's transaction.
  "contacts/create-contact#insertContact": "inside createContact's transaction",
  "contacts/create-contact#identifiersOf": "pure helper",
  "contacts/create-contact#assertNoDuplicatePersonalEmail": "guard inside createContact/updateContact",
  "contacts/resolve-company#resolveCompany": "inside createContact's transaction (company.created)",
  "consents/plan-consent#planConsents": "pure planning for recordConsent",
  "consents/plan-consent#recordedVia": "pure helper",
  "consents/plan-consent#insertConsent": "inside recordConsent's transaction",
  "consents/withdraw-consent#withdrawConsentInTx": "inside withdrawConsent's and processReturnedMail's transactions",
  "consents/record-consent#recordConsents": "the plural of recordConsent, the same transaction code",
  "users/create-user#insertUser": "inside createUser's and createFirstAdmin's transactions",
  "users/create-first-admin#isSetupComplete": "read only",
  "settings/organisation-settings#getOrganisationSettings": "read (creates the defaults row once)",
  "settings/open-tracking#getOpenTracking": "read only",
  "settings/open-tracking#openTrackingJsonSql": "read only (SQL for a statement that reads it)",
  "settings/open-tracking#openTrackingFromRow": "read only (the setting from its row)",
  "campaigns/record-open#recordOpen": "needs a sent mail's signed pixel link; covered by the open-tracking tests",
  "campaigns/mark-undeliverable#markAddressUndeliverable":
    "inside sendPending's and processReturnedMail's transactions (email_address.marked_undeliverable)",
  // Several transactions by design: SMTP or HTTP happens between them, which no transaction can span.
  "campaigns/run-campaigns#runCampaigns": "commits per recipient around SMTP; covered by the campaign tests",
  "campaigns/send-pending#sendPending": "commits per recipient around SMTP; covered by the campaign tests",
  "campaigns/send-test-campaign#sendTestCampaign": "sends over SMTP, then audits; covered by the campaign tests",
  "outreach/unsubscribe#*": "needs a signed link; covered by the unsubscribe tests",
  // Reads, helpers inside other transactions, and services outside the table for a reason of their own.
  "breaches/find-breaches#findBreaches": "reads only; writes nothing",
  "breaches/find-breaches#findRunningBreachClocks": "reads only; writes nothing",
  "breaches/find-breaches#getBreach": "reads only; writes nothing",
  "breaches/lock-breach#lockBreach": "a row lock inside other services' transactions",
  "notices/insert-notice#insertNotice":
    "inside the caller's transaction (recordNotice, logCall, the campaign send); audits notice.recorded there",
  "notices/insert-notice#insertMailingNotices":
    "inside exportMailingCsv's transaction, with one notice.recorded entry for the print file",
  "consents/insert-objection#insertObjection":
    "inside the caller's transaction; every caller is in the table or audited through it",
  "dashboard/get-chart-data#getMailCoverage": "reads only; writes nothing",
  "dashboard/dashboard-snapshot#computeSnapshotFigures": "reads only; writes nothing",
  "dashboard/dashboard-snapshot#readDashboardSnapshot":
    "reads the stored figures (computing them the first time, as below)",
  "dashboard/dashboard-snapshot#refreshDashboardSnapshot":
    "stores derived counts (no personal data, no decision): a cache of figures, not a change of state",
  "dashboard/dashboard-snapshot#coverageOfSnapshot": "reads only; writes nothing",
  "dashboard/get-chart-data#getOptInWeeks": "reads only; writes nothing",
  "dashboard/get-chart-data#getOutreachByRule": "reads only; writes nothing",
  "dashboard/get-chart-data#getRequestDeadlines": "reads only; writes nothing",
  "preferences/read-preferences#readPreferences": "reads only; writes nothing",
  "preferences/send-preference-link#sendPreferenceLink":
    "changes no record about anyone: it counts rate limits (hashes only, in their own transaction, so that a refused attempt counts too) and mails a link the person asked for; nothing is audited so that the answer is the same whether or not the address is known",
  "processors/find-processors#findProcessors": "reads only; writes nothing",
  "processors/find-processors-to-notify#findProcessorsToNotify": "reads only; writes nothing",
  "requests/read-request-status#readRequestStatus": "reads only; writes nothing",
  "processors/find-processors#countProcessorsNeedingReview": "reads only; writes nothing",
  "registers/get-processing-register#getProcessingRegister": "reads only; writes nothing",
  "retention/erase-expired-contacts#eraseExpiredContacts":
    "inside the caller's transaction (approveProposal, runRetention), writing contact.erased and retention.erased there; in the table through approveProposal",
  "retention/get-retention-overview#getRetentionOverview": "reads only; writes nothing",
  "retention/load-retention-facts#loadRetentionPolicy": "reads only; writes nothing",
  "retention/load-retention-facts#findRetentionSuspects": "reads only; writes nothing",
  "retention/load-retention-facts#loadRetentionFacts": "reads only; writes nothing",
  "retention/run-retention#purgeExpiredSignUps": "a hook; sign-ups are purged by purgeUnconfirmedSignups",
  "signups/builder-purposes#findOfferablePurposes": "reads only; writes nothing",
  "signups/confirm-signup#readSignupLink": "reads only; writes nothing",
  "signups/find-signup-forms#findSignupForms": "reads only; writes nothing",
  "signups/find-signup-forms#getPublicSignupForm": "reads only; writes nothing",
  "consents/answer-written-confirmation#readConfirmationLink": "reads or computes only; writes nothing",
  "consents/compose-confirmation-mail#composeConfirmationMail": "reads or computes only; writes nothing",
  "consents/plan-consent#checkConsent": "reads or computes only; writes nothing",
  "imports/bulk-insert#bulkInsert": "inside writeChunk's transaction",
  "imports/classify-chunk#classifyChunk": "reads or computes only; writes nothing",
  "imports/classify-chunk#suppressionHashes": "computes only; writes nothing",
  "imports/get-import#getImport": "reads or computes only; writes nothing",
  "imports/get-import#progressOf": "reads or computes only; writes nothing",
  "imports/get-import#listImports": "reads or computes only; writes nothing",
  "imports/ids#uuidv7": "reads or computes only; writes nothing",
  "imports/import-file#storeUpload": "stores the uploaded bytes of a draft batch; createImport audits the batch",
  "imports/import-file#openStoredFile": "reads or computes only; writes nothing",
  "imports/import-lease#claimNextImport": "a job lease, no change to anyone's data",
  "imports/import-lease#renewImportLease": "a job lease, no change to anyone's data",
  "imports/prepare-rows#prepareRow": "reads or computes only; writes nothing",
  "imports/process-import#runImports":
    "the worker's loop: claims each queued batch's lease (bookkeeping, own transaction) and runs processImport, which is in the table; a batch that fails is marked with import.failed in one transaction",
  "imports/process-import#actorOf": "reads or computes only; writes nothing",
  "imports/read-sample#readSample": "reads or computes only; writes nothing",
  "imports/refused-rows-csv#refusedRowsCsv": "reads or computes only; writes nothing",
  "imports/resolve-companies#resolveCompanies": "inside writeChunk's transaction",
  "imports/restrict#assertInScope": "reads or computes only; writes nothing",
  "imports/write-chunk#writeChunk": "inside processImport's chunk transaction",
  "requests/reply-channel-from-contact#replyChannelFromContact": "reads or computes only; writes nothing",
  "requests/confirm-request-link#readRequestLink": "reads only; writes nothing",
  "requests/submit-public-request#submitPublicRequest":
    "counts its rate limits first, in their own transaction (a refused attempt still counts); the request and its audit entry commit together, checked by the public request tests",
  "requests/confirm-request-link#confirmRequestByLink":
    "needs a signed link; audits in its transaction, checked by the public request tests",
  "users/create-first-admin#createFirstAdmin": "only on an empty installation; covered by the first-run journey",
};

/** Every exported function of every service file, as "<area>/<file>#<function>". */
function serviceFunctions(): { id: string; file: string; source: string }[] {
  const features = path.join(root, "src/features");
  return readdirSync(features).flatMap((area) => {
    const dir = path.join(features, area, "services");
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
    } catch {
      return [];
    }
    return files.flatMap((f) => {
      const source = readFileSync(path.join(dir, f), "utf8");
      const file = `${area}/${f.replace(/\.ts$/, "")}`;
      return [...source.matchAll(/^export (?:async )?function (\w+)/gm)].map((m) => ({
        id: `${file}#${m[1]}`,
        file,
        source,
      }));
    });
  });
}

/** Count and content hash of every table: equal fingerprints mean nothing at all changed. */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: number; h: string | null }[]>(
      `SELECT count(*)::int AS n, md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))) AS h FROM "${name}" t`,
    );
    out[name] = `${row.n}:${row.h ?? ""}`;
  }
  return out;
}

const lastSeq = async () => (await db.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } }))?.seq;

beforeAll(async () => {
  db = await getDb();
  const admin = await createStaffUser(db, "admin");
  ctx = userContext(admin.id, "admin");
  // The audit write fails on demand, AFTER the service has made its change in the transaction.
  await db.$executeRawUnsafe(`CREATE FUNCTION test_fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'audit write failed (simulated)'; END $$`);
});
afterAll(async () => {
  await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_fail_audit ON "AuditEvent"`);
  await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS test_fail_audit()`);
});

describe("every state-changing service audits in the same transaction", () => {
  it("lists every service function in the table or with a reason why not", () => {
    const functions = serviceFunctions();
    expect(functions.length).toBeGreaterThan(50);
    const inTable = new Set(CASES.map((c) => c.service));
    const unlisted = functions
      .filter((f) => !inTable.has(f.id) && !(f.id in NOT_IN_TABLE) && !(`${f.file}#*` in NOT_IN_TABLE))
      .map((f) => f.id);
    expect(unlisted, "add these to CASES (or to NOT_IN_TABLE with the reason)").toEqual([]);
    // A whole file may be left out only while it neither opens a transaction nor writes audit.
    const writingWildcards = functions
      .filter((f) => `${f.file}#*` in NOT_IN_TABLE && !NOT_IN_TABLE[`${f.file}#*`].includes("covered by"))
      .filter((f) => /\$transaction|writeAuditEvent/.test(f.source))
      .map((f) => f.file);
    expect([...new Set(writingWildcards)]).toEqual([]);
    // No stale entries: everything named must exist.
    const known = new Set([...functions.map((f) => f.id), ...functions.map((f) => `${f.file}#*`)]);
    expect([...inTable, ...Object.keys(NOT_IN_TABLE)].filter((id) => !known.has(id))).toEqual([]);
  });

  it.each(CASES.map((c) => [c.service, c] as const))("%s", async (_, c) => {
    try {
      const call = await c.arrange();
      const except = new Set(["AuditEvent", ...(c.countedBefore ?? [])]);
      const without = (print: Record<string, string>, skip: Set<string>) =>
        Object.fromEntries(Object.entries(print).filter(([table]) => !skip.has(table)));

      // 1. The audit write fails: the call fails and nothing at all has changed.
      const before = await fingerprint();
      await db.$executeRawUnsafe(
        `CREATE TRIGGER test_fail_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION test_fail_audit()`,
      );
      try {
        await expect(call()).rejects.toThrow(/audit write failed \(simulated\)/);
      } finally {
        await db.$executeRawUnsafe(`DROP TRIGGER test_fail_audit ON "AuditEvent"`);
      }
      const skipCounters = new Set(c.countedBefore ?? []);
      expect(without(await fingerprint(), skipCounters)).toEqual(without(before, skipCounters));

      // 2. For real: exactly the expected events, and state changed besides the audit trail
      // (for a disclosure: nothing but the audit trail).
      const afterFailure = await fingerprint();
      const after = (await lastSeq()) ?? BigInt(0);
      await call();
      const events = await db.auditEvent.findMany({ where: { seq: { gt: after } }, orderBy: { seq: "asc" } });
      expect(events.map((e) => e.action)).toEqual(c.audit);
      const changed = Object.entries(await fingerprint())
        .filter(([table, print]) => !except.has(table) && print !== afterFailure[table])
        .map(([table]) => table);
      if (c.auditOnly) expect(changed, "a disclosure changes nothing but the audit trail").toEqual([]);
      else expect(changed.length, "the call changed no table besides the audit trail").toBeGreaterThan(0);
    } finally {
      await c.restore?.();
    }
  });
});
