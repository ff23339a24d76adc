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
import { daysAgo } from "../../factories/dates";
import { createContact } from "../../factories/contacts";
import { createContactWithConsent, grantConsent } from "../../factories/consents";
import { createPurpose, createRestrictedContact } from "../../factories/outreach";
import { createStaffUser, userContext } from "../../factories/users";
import { createVerifiedRequest } from "../../factories/requests";

let db: Db;
let ctx: AuditContext;
const root = path.resolve(import.meta.dirname, "../../..");
const word = () => randomBytes(4).toString("hex");

type Case = {
  /** "<area>/<file>#<function>" */
  service: string;
  /** The audit actions the call writes, in order. */
  audit: string[];
  /** Makes the data the call needs and returns the call (run twice: failing, then for real). */
  arrange: () => Promise<() => Promise<unknown>>;
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
  "campaigns/materialise-recipients#*": "a step of runCampaigns",
  "campaigns/preview-campaign#*": "read only",
  "consents/get-contact-timeline#*": "read only",
  "opt-in/log-opt-in#*": "composes createContact and recordConsents, which are in the table",
  "contacts/check-suppression#*": "read only",
  "contacts/find-contacts#*": "read only",
  "contacts/get-contact#*": "read only",
  "dashboard/get-dashboard-figures#*": "read only",
  "mailings/find-mailings#*": "read only",
  "outbox/find-outbox#*": "read only",
  "notices/compose-notice#*": "read only (the notice texts)",
  "notices/find-notices-due#*": "read only",
  "notices/get-notice-status#*": "read only",
  "outreach/audience-query#*": "read only",
  "outreach/decide-audience#*": "read only (decisions)",
  "outreach/decide-batch#*": "read only (decisions)",
  "outreach/decide-for-contact#*": "read only (decisions)",
  "outreach/fact-rows#*": "pure mapping",
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
  "consents/record-consent#recordConsents": "the plural of recordConsent, the same transaction code",
  "users/create-user#insertUser": "inside createUser's and createFirstAdmin's transactions",
  "users/create-first-admin#isSetupComplete": "read only",
  "settings/organisation-settings#getOrganisationSettings": "read (creates the defaults row once)",
  // Several transactions by design: SMTP or HTTP happens between them, which no transaction can span.
  "campaigns/run-campaigns#runCampaigns": "commits per recipient around SMTP; covered by the campaign tests",
  "campaigns/send-pending#sendPending": "commits per recipient around SMTP; covered by the campaign tests",
  "campaigns/send-test-campaign#sendTestCampaign": "sends over SMTP, then audits; covered by the campaign tests",
  "outreach/unsubscribe#*": "needs a signed link; covered by the unsubscribe tests",
  // State-changing services not yet in CASES (each still audited, tested in its own area).
  "consents/get-attachment#getConsentAttachment": "not yet in the table (audits the viewing of evidence)",
  "calls/log-call#logCall": "not yet in the table",
  "auth/end-session#endSession": "not yet in the table (audits its change; its own tests check the audit event)",
  "breaches/assess-breach#assessBreach":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "breaches/find-breaches#findBreaches": "reads only; writes nothing",
  "breaches/find-breaches#findRunningBreachClocks": "reads only; writes nothing",
  "breaches/find-breaches#getBreach": "reads only; writes nothing",
  "breaches/lock-breach#lockBreach": "a row lock inside other services' transactions",
  "breaches/notify-affected-contacts#notifyAffectedContacts":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "breaches/record-notification#recordNotification":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "breaches/register-breach#registerBreach":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "breaches/select-affected-contacts#selectAffectedContacts":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "notices/insert-notice#insertNotice":
    "inside the caller's transaction (recordNotice, logCall, the campaign send); audits notice.recorded there",
  "notices/insert-notice#insertMailingNotices":
    "inside exportMailingCsv's transaction, with one notice.recorded entry for the print file",
  "consents/insert-objection#insertObjection":
    "inside the caller's transaction; every caller is in the table or audited through it",
  "dashboard/get-chart-data#getConsentCoverage": "reads only; writes nothing",
  "dashboard/get-chart-data#getOptInWeeks": "reads only; writes nothing",
  "dashboard/get-chart-data#getOutreachByRule": "reads only; writes nothing",
  "dashboard/get-chart-data#getRequestDeadlines": "reads only; writes nothing",
  "preferences/change-preference#changePreference":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "preferences/read-preferences#readPreferences": "reads only; writes nothing",
  "preferences/send-preference-link#sendPreferenceLink":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "processors/add-sub-processor#addSubProcessor":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "processors/find-processors#findProcessors": "reads only; writes nothing",
  "processors/find-processors-to-notify#findProcessorsToNotify": "reads only; writes nothing",
  "requests/read-request-status#readRequestStatus": "reads only; writes nothing",
  "processors/find-processors#countProcessorsNeedingReview": "reads only; writes nothing",
  "processors/save-processor#saveProcessor":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "registers/get-processing-register#getProcessingRegister": "reads only; writes nothing",
  "registers/save-processing-record#saveProcessingRecord":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "requests/rekey-suppression-list#rekeySuppressionList":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "retention/decide-proposal#approveProposal":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "retention/decide-proposal#rejectProposal":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "retention/erase-expired-contacts#eraseExpiredContacts":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "retention/get-retention-overview#getRetentionOverview": "reads only; writes nothing",
  "retention/load-retention-facts#loadRetentionPolicy": "reads only; writes nothing",
  "retention/load-retention-facts#findRetentionSuspects": "reads only; writes nothing",
  "retention/load-retention-facts#loadRetentionFacts": "reads only; writes nothing",
  "retention/run-retention#runRetention":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "retention/run-retention#purgeExpiredSignUps": "a hook; sign-ups are purged by purgeUnconfirmedSignups",
  "retention/set-legal-hold#setLegalHold":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "retention/update-retention-settings#updateRetentionSettings":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "signups/builder-purposes#findOfferablePurposes": "reads only; writes nothing",
  "signups/confirm-signup#readSignupLink": "reads only; writes nothing",
  "signups/confirm-signup#confirmSignup":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "signups/find-signup-forms#findSignupForms": "reads only; writes nothing",
  "signups/find-signup-forms#getPublicSignupForm": "reads only; writes nothing",
  "signups/purge-signups#purgeUnconfirmedSignups":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "signups/save-signup-form#saveSignupForm":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "signups/submit-signup#submitSignup": "not yet in the table (audits its change; its own tests check the audit event)",
  "consents/answer-written-confirmation#readConfirmationLink": "reads or computes only; writes nothing",
  "consents/answer-written-confirmation#confirmByToken":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "consents/answer-written-confirmation#declineByToken":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "consents/compose-confirmation-mail#composeConfirmationMail": "reads or computes only; writes nothing",
  "consents/plan-consent#checkConsent": "reads or computes only; writes nothing",
  "consents/send-written-confirmation#sendWrittenConfirmation":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "imports/bulk-insert#bulkInsert": "inside writeChunk's transaction",
  "imports/cancel-import#cancelImport": "not yet in the table (audits its change; its own tests check the audit event)",
  "imports/classify-chunk#classifyChunk": "reads or computes only; writes nothing",
  "imports/create-import#createImport": "not yet in the table (audits its change; its own tests check the audit event)",
  "imports/get-import#getImport": "reads or computes only; writes nothing",
  "imports/get-import#progressOf": "reads or computes only; writes nothing",
  "imports/get-import#listImports": "reads or computes only; writes nothing",
  "imports/ids#uuidv7": "reads or computes only; writes nothing",
  "imports/import-file#storeUpload": "stores the uploaded bytes of a draft batch; createImport audits the batch",
  "imports/import-file#openStoredFile": "reads or computes only; writes nothing",
  "imports/import-lease#claimNextImport": "a job lease, no change to anyone's data",
  "imports/import-lease#renewImportLease": "a job lease, no change to anyone's data",
  "imports/prepare-rows#prepareRow": "reads or computes only; writes nothing",
  "imports/process-import#runImports": "not yet in the table (audits its change; its own tests check the audit event)",
  "imports/process-import#actorOf": "reads or computes only; writes nothing",
  "imports/process-import#processImport":
    "not yet in the table (audits its change; its own tests check the audit event)",
  "imports/read-sample#readSample": "reads or computes only; writes nothing",
  "imports/refused-rows-csv#refusedRowsCsv": "reads or computes only; writes nothing",
  "imports/resolve-companies#resolveCompanies": "inside writeChunk's transaction",
  "imports/restrict#assertInScope": "reads or computes only; writes nothing",
  "imports/start-import#startImport": "not yet in the table (audits its change; its own tests check the audit event)",
  "imports/undo-import#undoImport": "not yet in the table (audits its change; its own tests check the audit event)",
  "imports/write-chunk#writeChunk": "inside processImport's chunk transaction",
  "requests/reply-channel-from-contact#replyChannelFromContact": "reads or computes only; writes nothing",
  "requests/confirm-request-link#readRequestLink": "reads only; writes nothing",
  "requests/submit-public-request#submitPublicRequest":
    "counts its rate limits first, in their own transaction (a refused attempt still counts); the request and its audit entry commit together, checked by the public request tests",
  "requests/confirm-request-link#confirmRequestByLink":
    "needs a signed link; audits in its transaction, checked by the public request tests",
  "mailings/export-mailing-csv#exportMailingCsv": "not yet in the table",
  "requests/build-portability-export#buildPortabilityExport": "not yet in the table",
  "requests/execute-disclosure#executeDisclosure": "not yet in the table",
  "requests/execute-erasure#executeErasure": "not yet in the table (its own proof test)",
  "requests/execute-rectification#executeRectification": "not yet in the table",
  "requests/get-access-report#getAccessReport": "not yet in the table",
  "settings/organisation-settings#updateOrganisationSettings": "not yet in the table",
  "users/create-first-admin#createFirstAdmin": "only on an empty installation; covered by the first-run journey",
  "webhooks/update-webhook-endpoint#retryWebhookDelivery": "not yet in the table",
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
    const call = await c.arrange();

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
    expect(await fingerprint()).toEqual(before);

    // 2. For real: exactly the expected events, and state changed besides the audit trail.
    const after = (await lastSeq()) ?? BigInt(0);
    await call();
    const events = await db.auditEvent.findMany({ where: { seq: { gt: after } }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.action)).toEqual(c.audit);
    const changed = Object.entries(await fingerprint())
      .filter(([table, print]) => table !== "AuditEvent" && print !== before[table])
      .map(([table]) => table);
    expect(changed.length, "the call changed no table besides the audit trail").toBeGreaterThan(0);
  });
});
