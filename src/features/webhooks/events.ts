/**
 * Events other systems can subscribe to, and what each carries. Payloads hold references (ids,
 * purpose keys, channels, times), never names or addresses: a receiver that needs the person
 * looks them up with its own copy or through the API. That keeps personal data out of queued
 * deliveries and out of receivers' logs (AVG art. 5 lid 1 sub c).
 */
import type { Channel, ObjectionScope } from "@/domain/vocabulary";

export const WEBHOOK_EVENTS = [
  "consent.granted",
  "consent.withdrawn",
  "objection.recorded",
  "channel.paused",
  "channel.resumed",
  "restriction.set",
  "restriction.lifted",
  "contact.erased",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export type WebhookPayloads = {
  "consent.granted": {
    contactId: string;
    consentRecordId: string;
    purpose: string;
    channels: Channel[];
    at: string;
    correctsId?: string | null;
  };
  /** `purpose: null` = an opt-out of the channel for every purpose; `invalidated`: the earlier grant never was valid consent. */
  "consent.withdrawn": {
    contactId: string;
    consentRecordId?: string | null;
    channelOptOutId?: string | null;
    purpose: string | null;
    channels: Channel[];
    at: string;
    invalidated?: boolean;
  };
  "objection.recorded": {
    contactId: string;
    objectionId: string;
    scope: ObjectionScope;
    receivedAt: string;
    requestId?: string | null;
  };
  /** The person asked for no messages by this channel until `until` (an objection for a period). */
  "channel.paused": { contactId: string; channelOptOutId: string; channel: Channel; from: string; until: string };
  /** The person ended a pause early. */
  "channel.resumed": { contactId: string; channel: Channel; at: string };
  "restriction.set": { contactId: string; restrictionId: string; setAt: string; requestId?: string | null };
  "restriction.lifted": { contactId: string; restrictionId: string; liftedAt: string };
  /**
   * AVG art. 17 and 19: tell the recipients to erase their copy. Only what they need to find it:
   * our contact ids, and SHA-256 hashes of the normalised e-mail addresses and phone numbers.
   */
  "contact.erased": {
    contactIds: string[];
    /** The erasure request; null when the retention job erased the contacts (art. 5 lid 1 sub e). */
    requestId: string | null;
    /** Set instead of requestId for a retention erasure. */
    retentionProposalId?: string;
    erasedAt: string;
    identifiers: { kind: "email" | "phone"; sha256: string }[];
  };
};

/** The body of every delivery. `id` is the event's id: the same for every endpoint, so receivers can ignore repeats. */
export type WebhookEnvelope<E extends WebhookEvent = WebhookEvent> = {
  id: string;
  type: E;
  createdAt: string;
  data: WebhookPayloads[E];
};

export const isWebhookEvent = (v: unknown): v is WebhookEvent => WEBHOOK_EVENTS.includes(v as WebhookEvent);
